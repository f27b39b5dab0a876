package app.innkeep.standby.reporting;

import app.innkeep.standby.outage.ClosingDay;
import app.innkeep.standby.sync.SyncFinished;
import app.innkeep.standby.sync.SyncOutcome;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every successful sync, the downtime pack is printed to a folder (in case the lights go out, the newest one is
 * there to print), keeping the last {@code innkeep.standby.reports.downtime-pack.keep}. A failure is logged and never
 * stops the sync. At most one export runs at a time (see {@link #export()}).
 */
@Singleton
public class DowntimePackExport {

    private static final Logger LOG = LoggerFactory.getLogger(DowntimePackExport.class);
    private static final String PREFIX = StandbyReports.Kind.DOWNTIME_PACK.slug + "-";

    private final StandbyReports reports;
    private final boolean enabled;
    private final Path folder;
    private final int keep;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public DowntimePackExport(
            StandbyReports reports,
            @Value("${innkeep.standby.reports.downtime-pack.enabled:true}") boolean enabled,
            @Value("${innkeep.standby.reports.downtime-pack.folder:}") String folder,
            @Value("${innkeep.standby.data-dir}") Path dataDir,
            @Value("${innkeep.standby.reports.downtime-pack.keep:24}") int keep) {
        this.reports = reports;
        this.enabled = enabled;
        this.folder = folder.isBlank() ? dataDir.resolve("downtime-packs") : Path.of(folder);
        this.keep = Math.max(1, keep);
    }

    /** What a request to print the pack came to. */
    public enum Outcome {
        /** This request printed the pack (the file is given). */
        PRINTED,
        /** An export was running; it prints once more when it ends, with the newest data, instead of this one. */
        COALESCED,
        /** The pack could not be printed (the log says why). */
        FAILED
    }

    @io.micronaut.serde.annotation.Serdeable
    public record Result(Outcome outcome, String file) {}

    @EventListener
    @Async
    void afterSync(SyncFinished finished) {
        if (enabled && finished.result().result() == SyncOutcome.OK) {
            export();
        }
    }

    /** The standby's night audit rolled the business date: the pack of the new day is printed at once. */
    @EventListener
    @Async
    void afterDayClosed(ClosingDay.DayRolled rolled) {
        if (enabled) {
            LOG.info("Business date rolled to {} by the night audit: printing the downtime pack", rolled.next());
            export();
        }
    }

    /**
     * Prints the pack now, unless an export is running: then that one prints once more when it ends and this request
     * returns at once. So background exports never run twice at once nor queue up (four exports after four syncs used
     * to hold all four database connections for minutes while the desk got errors), and the newest pack still gets
     * printed.
     */
    public Result export() {
        again.set(true);
        Result result = new Result(Outcome.COALESCED, null);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                Path file = printOnce();
                result = new Result(
                        file == null ? Outcome.FAILED : Outcome.PRINTED, file == null ? null : file.toString());
            } finally {
                running.set(false);
            }
        }
        return result;
    }

    private Path printOnce() {
        try {
            long started = System.nanoTime();
            var pack = reports.render(StandbyReports.Kind.DOWNTIME_PACK, "pdf", null);
            Files.createDirectories(folder);
            Path target = folder.resolve(pack.fileName());
            Path temp = Files.createTempFile(folder, ".downtime-pack", ".tmp");
            Files.write(temp, pack.bytes());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
            LOG.info("Downtime pack printed to {} in {} ms", target, (System.nanoTime() - started) / 1_000_000);
            return target;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The downtime pack could not be printed to {}: {}", folder, e.getMessage(), e);
            return null;
        }
    }

    public Path folder() {
        return folder;
    }

    private void prune() throws IOException {
        List<Path> packs;
        try (Stream<Path> files = Files.list(folder)) {
            packs = files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(".pdf"))
                    .sorted()
                    .toList();
        }
        for (int i = 0; i < packs.size() - keep; i++) {
            Files.deleteIfExists(packs.get(i));
        }
    }
}
