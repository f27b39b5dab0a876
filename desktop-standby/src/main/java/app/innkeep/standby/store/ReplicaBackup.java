package app.innkeep.standby.store;

import app.innkeep.standby.input.Invalid;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the replica (Derby's own backup, while the standby runs) to a folder, keeping the last
 * {@code innkeep.standby.backup.keep}. A backup is as encrypted as the replica: it opens only with {@code replica.key},
 * which is not copied next to it — back the key up with the PC, separately.
 */
@Store
@Singleton
public class ReplicaBackup {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaBackup.class);
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("'replica-'yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final boolean enabled;
    private final Path folder;
    private final int keep;
    private final ReplicaRoute route;

    public ReplicaBackup(
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.standby.backup.enabled:true}") boolean enabled,
            @Value("${innkeep.standby.backup.folder:}") String folder,
            @Value("${innkeep.standby.data-dir}") Path dataDir,
            @Value("${innkeep.standby.backup.keep:7}") int keep,
            ReplicaRoute route) {
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
        this.folder = folder.isBlank() ? dataDir.toAbsolutePath().resolve("backups") : Path.of(folder);
        this.keep = Math.max(1, keep);
        this.route = route;
    }

    @Scheduled(
            fixedDelay = "${innkeep.standby.backup.interval:6h}",
            initialDelay = "${innkeep.standby.backup.first-after:15m}")
    void scheduled() {
        if (route.onDrillCopy()) {
            LOG.info("The scheduled backup of the replica is skipped: a fire drill is running");
        } else if (enabled) {
            try {
                backupNow();
            } catch (RuntimeException e) {
                LOG.warn("The scheduled backup of the replica failed: {}", e.getMessage(), e);
            }
        }
    }

    /** Backs the replica up now; returns the backup's folder (it holds the database folder {@code replica}). */
    public Path backupNow() {
        if (route.onDrillCopy()) {
            // The app works on the drill's copy: a backup now would save the drill's make-believe (ADR 0019).
            throw new Invalid(null, "a fire drill is running: back the replica up after the drill has ended");
        }
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(NAME.format(clock.instant()));
            tx.executeWrite(status -> {
                try (CallableStatement call =
                        status.getConnection().prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    call.setString(1, target.toString());
                    call.execute();
                } catch (SQLException e) {
                    throw new Replica.ReplicaFailure("backup to " + target, e);
                }
                return null;
            });
            prune();
            LOG.info("Replica backed up to {} (it opens only with replica.key)", target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup folder " + folder, e);
        }
    }

    public List<Path> backups() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.getFileName().toString().startsWith("replica-"))
                    .sorted()
                    .toList();
        }
    }

    private void prune() throws IOException {
        List<Path> all = backups();
        for (int i = 0; i < all.size() - keep; i++) {
            try (Stream<Path> tree = Files.walk(all.get(i))) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
