package app.innkeep.standby.sync;

import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.cloud.CloudClient.CloudRefused;
import app.innkeep.standby.cloud.CloudClient.CloudUnreachable;
import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.store.KeptOnThisStandby;
import app.innkeep.standby.store.ReplicaDisk;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bootstrap, or a full resync: the replicated tables replaced from a fresh snapshot, downloaded completely before
 * anything is replaced and written in one transaction. The desk's own work (outage journal, local bookings and folio
 * lines, walk-in numbers, staff) is in other tables and is not touched; it is compared with the new copy.
 */
@Singleton
class FullResync {

    private static final Logger LOG = LoggerFactory.getLogger(FullResync.class);

    private final CloudClient cloud;
    private final SyncStates states;
    private final ReplicaReplacement replacement;
    private final MasterDataPreflight preflight;
    private final CloudWriteListener collisions;
    private final SyncRuns runs;
    private final ReplicaDisk disk;
    private final KeptOnThisStandby kept;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    FullResync(
            CloudClient cloud,
            SyncStates states,
            ReplicaReplacement replacement,
            MasterDataPreflight preflight,
            CloudWriteListener collisions,
            SyncRuns runs,
            ReplicaDisk disk,
            KeptOnThisStandby kept,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.cloud = cloud;
        this.states = states;
        this.replacement = replacement;
        this.preflight = preflight;
        this.collisions = collisions;
        this.runs = runs;
        this.disk = disk;
        this.kept = kept;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Replaces the replica in the started run {@code runId}. Empty when it was replaced: the caller then catches up
     * with the feed from the snapshot's sequence; otherwise how the run failed, the replica unchanged.
     */
    Optional<RunResult> run(SyncTrigger trigger, SyncState state, long runId) {
        String what = state.bootstrapPending() ? "Bootstrap" : "Full resync";
        String unchanged = state.bootstrapPending()
                ? "the bootstrap did not complete; it starts again at the next run: "
                : "full resync failed, the replica is unchanged: ";
        Instant runStarted = clock.instant();
        // In the data folder, not the system's temporary one: a full disk shows here first, and it is the disk the
        // replica needs anyway.
        Path file = disk.folder().resolve("snapshot-download.ndjson");
        try {
            runs.progress(what + ": downloading the snapshot");
            LOG.info(
                    "{} ({}) of {}: downloading the snapshot from {}",
                    what,
                    trigger,
                    state.property(),
                    state.cloudUrl());
            SnapshotLine.Header header = SnapshotDownload.download(cloud, state, file, what, runs::progress);
            disk.snapshotSize(Files.size(file));
            long total =
                    header.counts().values().stream().mapToLong(Long::longValue).sum();
            int adopted = tx.executeWrite(s -> replace(file, header, total, what));
            String message = "replica replaced from a snapshot at sequence " + header.sequence() + ": "
                    + header.counts()
                    + (adopted > 0
                            ? "; adopted " + adopted + " master-data entries from the cloud into the empty standby"
                            : "");
            LOG.info("{} ({}) of {}: {}", what, trigger, state.property(), message);
            runs.finish(runId, SyncOutcome.OK, message, (int) total, 0, header.sequence(), false);
            return Optional.empty();
        } catch (CloudUnreachable e) {
            LOG.warn("{} ({}) of {} failed: {}", what, trigger, state.property(), e.getMessage());
            runs.cloudSilent(runStarted);
            return Optional.of(
                    runs.finish(runId, SyncOutcome.FAILED, unchanged + e.getMessage(), 0, 0, state.cursor(), false));
        } catch (CloudRefused | MalformedPage e) {
            LOG.warn("{} ({}) of {} failed: {}", what, trigger, state.property(), e.getMessage());
            if (e instanceof CloudRefused) {
                runs.cloudAnswered();
            }
            return Optional.of(
                    runs.finish(runId, SyncOutcome.FAILED, unchanged + e.getMessage(), 0, 0, state.cursor(), true));
        } catch (IOException | RuntimeException e) {
            var full = disk.explain(e);
            String said = full.map(ReplicaDisk.DiskFull::sentence).orElse(e.getMessage());
            LOG.error("{} ({}) of {} failed: {}", what, trigger, state.property(), said, e);
            // A full disk is not a reason to stop: the disk watch carries on once there is room again.
            return Optional.of(
                    runs.finish(runId, SyncOutcome.FAILED, unchanged + said, 0, 0, state.cursor(), full.isEmpty()));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Overwritten by the next download.
            }
        }
    }

    /** In one transaction: the replicated tables emptied and filled from the snapshot file. Returns adopted entries. */
    private int replace(Path file, SnapshotLine.Header header, long total, String what) {
        replacement.replace(file, header, new SnapshotProgress(what, header, total, runs::progress));
        int adopted = preflight.localIsEmpty() ? preflight.adoptAll() : 0;
        collisions.afterResync();
        // The copy now holds what this choice lets it keep, no more: the feed's pages are compared with it from here.
        kept.madeUnder(header.kept());
        states.snapshotApplied(
                header.name(),
                header.timeZone(),
                header.currency(),
                header.businessDate(),
                header.sequence(),
                header.generatedAt(),
                clock.instant());
        return adopted;
    }
}
