package app.innkeep.standby.reporting;

import app.innkeep.standby.sync.SyncFinished;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every successful sync, the downtime pack is printed to a folder (in case the lights go out, the newest one is
 * there to print), keeping the last {@code innkeep.standby.reports.downtime-pack.keep}. A failure is logged and never
 * stops the sync.
 */
@Singleton
public class DowntimePackExport {

    private static final Logger LOG = LoggerFactory.getLogger(DowntimePackExport.class);
    private static final String PREFIX = StandbyReports.Kind.DOWNTIME_PACK.slug + "-";

    private final StandbyReports reports;
    private final boolean enabled;
    private final Path folder;
    private final int keep;

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

    @EventListener
    @Async
    void afterSync(SyncFinished finished) {
        if (enabled && "OK".equals(finished.result().result())) {
            export();
        }
    }

    /** Prints the pack now; returns the file, or null when it could not be written (the log says why). */
    public Path export() {
        try {
            var pack = reports.render(StandbyReports.Kind.DOWNTIME_PACK, "pdf", null);
            Files.createDirectories(folder);
            Path target = folder.resolve(pack.fileName());
            Path temp = Files.createTempFile(folder, ".downtime-pack", ".tmp");
            Files.write(temp, pack.bytes());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
            LOG.info("Downtime pack printed to {}", target);
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
