package app.innkeep.standby.store;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disk the replica lives on: how much room is left, whether a failure was the disk being full, and putting the
 * database back on its feet once space is back. Derby takes a full disk as a serious error and may leave the database
 * booted but broken ("Connection is closed" ever after), so recovering means shutting it down and re-pooling.
 */
@Store
@Singleton
public class ReplicaDisk {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaDisk.class);
    private static final long MB = 1024 * 1024;

    /** The disk was found full: when, how much was free, and how much the replica needs to carry on. */
    public record DiskFull(Path folder, long freeBytes, long neededBytes, Instant since) {
        public String sentence() {
            return "the disk holding " + folder + " is full (" + freeBytes / MB + " MB free; the replica needs about "
                    + Math.max(1, (neededBytes + MB - 1) / MB) + " MB). Free some space there: the standby carries on"
                    + " by itself once there is room";
        }
    }

    /** Refused up front because the disk is full (pairing, say, before a one-time code is spent). */
    public static final class DiskFullException extends RuntimeException {
        public DiskFullException(DiskFull full, String what) {
            super(full.sentence() + "; " + what);
        }
    }

    private final Path dataDir;
    private final long minFree;
    private final ReplicaRoute route;
    private volatile DiskFull full;
    private volatile long lastSnapshotBytes;

    public ReplicaDisk(
            @Value("${innkeep.standby.data-dir}") Path dataDir,
            @Value("${innkeep.standby.disk.min-free-mb:16}") long minFreeMb,
            ReplicaRoute route) {
        this.dataDir = dataDir.toAbsolutePath();
        this.minFree = minFreeMb * MB;
        this.route = route;
    }

    /** The data folder: the replica, its key, and the snapshot while it downloads. */
    public Path folder() {
        return dataDir;
    }

    public long freeBytes() {
        try {
            return Files.getFileStore(Files.exists(dataDir) ? dataDir : dataDir.getParent())
                    .getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Free space the replica needs to take a full snapshot: the file, the rows written, and Derby's log. */
    public long neededBytes() {
        return Math.max(minFree, 3 * lastSnapshotBytes + 4 * MB);
    }

    /** The size of the last snapshot downloaded, for the estimate of what a resync needs. */
    public void snapshotSize(long bytes) {
        lastSnapshotBytes = Math.max(lastSnapshotBytes, bytes);
    }

    /** The disk's state when a run failed with {@code failure}, if the disk being full explains it. */
    public Optional<DiskFull> explain(Throwable failure) {
        long free = freeBytes();
        if (free < minFree || mentionsFullDisk(failure)) {
            DiskFull now = new DiskFull(dataDir, free, neededBytes(), Instant.now());
            DiskFull before = full;
            full = before == null ? now : new DiskFull(dataDir, free, now.neededBytes(), before.since());
            return Optional.of(full);
        }
        return Optional.empty();
    }

    /** Whether the disk is known to be full now (the last run failed on it and no recovery since). */
    public Optional<DiskFull> full() {
        DiskFull f = full;
        return f == null
                ? Optional.empty()
                : Optional.of(new DiskFull(dataDir, freeBytes(), f.neededBytes(), f.since()));
    }

    /** Refuses {@code what} when there is not even the minimum free. */
    public void requireRoom(String what) {
        long free = freeBytes();
        if (free < minFree) {
            throw new DiskFullException(new DiskFull(dataDir, free, neededBytes(), Instant.now()), what);
        }
    }

    /** Whether space is back after a full disk: enough free for what the replica needs. */
    public boolean roomAgain() {
        return full != null && freeBytes() >= full.neededBytes();
    }

    /**
     * Shuts the Derby database down and drops the pool's connections, so the next connection boots it afresh (Derby
     * recovers from its log) instead of reusing one a full disk broke.
     */
    public void reopen() {
        String url = "jdbc:derby:" + dataDir.resolve("replica") + ";shutdown=true";
        try {
            DriverManager.getConnection(url).close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown (08006), or a database that was not booted, as an exception.
            LOG.info("Replica database shut down for reopening ({})", expected.getSQLState());
        }
        if (route.replica() instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
        full = null;
        LOG.info("Disk space is back ({} MB free in {}): the replica is reopened", freeBytes() / MB, dataDir);
    }

    private static boolean mentionsFullDisk(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left")
                    || message.contains("disk is full")
                    || message.contains("log is full")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("XSDG") || state.startsWith("XSLA") || state.equals("XSDF1")) {
                    return true;
                }
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    if (String.valueOf(next.getMessage()).contains("No space left")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
