package app.innkeep.standby.sync;

import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.cloud.CloudClient.CloudRefused;
import app.innkeep.standby.cloud.CloudClient.CloudUnreachable;
import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.store.KeptOnThisStandby;
import app.innkeep.standby.store.ReplicaDisk;
import app.innkeep.standby.store.SnapshotLines;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bootstrap, or a full resync: the replicated tables replaced from a fresh snapshot in one transaction. A bootstrap
 * writes the snapshot as it arrives (the desk has no copy yet, so nothing waits for the tables meanwhile); should the
 * line break off, nothing of it stays and it is downloaded to a file instead. A full resync of a standby in use
 * downloads the snapshot completely to a file first, so the desk's reads wait only while the tables are written, not
 * while a slow line brings the snapshot. The desk's own work (outage journal, local bookings and folio lines, walk-in
 * numbers, staff) is in other tables and is not touched; it is compared with the new copy.
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
    private final boolean streamBootstrap;

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
            Clock clock,
            @Value("${innkeep.standby.sync.stream-bootstrap:true}") boolean streamBootstrap) {
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
        this.streamBootstrap = streamBootstrap;
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
            Written written = null;
            if (state.bootstrapPending() && streamBootstrap) {
                written = streamed(trigger, state, what);
            }
            if (written == null) {
                runs.progress(what + ": downloading the snapshot");
                LOG.info(
                        "{} ({}) of {}: downloading the snapshot from {}",
                        what,
                        trigger,
                        state.property(),
                        state.cloudUrl());
                SnapshotDownload.download(cloud, state, file, what, runs::progress);
                disk.snapshotSize(Files.size(file));
                written = tx.executeWrite(s -> replace(file, state, what));
            }
            SnapshotLine.Header header = written.header();
            long total =
                    header.counts().values().stream().mapToLong(Long::longValue).sum();
            String message = "replica replaced from a snapshot at sequence " + header.sequence() + ": "
                    + header.counts()
                    + (written.adopted() > 0
                            ? "; adopted " + written.adopted() + " master-data entries from the cloud into the empty"
                                    + " standby"
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

    /** What a replace wrote: the snapshot's header, and how many master-data entries the empty standby adopted. */
    private record Written(SnapshotLine.Header header, int adopted) {}

    /**
     * The snapshot written as it arrives, in one transaction; empty when the line broke off meanwhile (nothing of it
     * stays, the transaction rolled back): the caller then downloads it to a file. A refusal, a snapshot that does not
     * fit together, or a cloud that cannot be reached at all ends the run as it would with a file.
     */
    private Written streamed(SyncTrigger trigger, SyncState state, String what) {
        runs.progress(what + ": downloading the snapshot and writing it as it arrives");
        LOG.info(
                "{} ({}) of {}: downloading the snapshot from {} and writing it as it arrives",
                what,
                trigger,
                state.property(),
                state.cloudUrl());
        try {
            return tx.executeWrite(s -> {
                try (SnapshotLines lines = SnapshotLines.arriving(
                        cloud.openSnapshot(state.cloudUrl(), state.property(), state.credential()))) {
                    Written written = written(replacement.replace(lines, state.property(), progress(what)));
                    disk.snapshotSize(lines.size());
                    return written;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            var broken = SnapshotLines.Broken.in(e);
            if (broken.isEmpty()) {
                throw e;
            }
            LOG.warn(
                    "{} ({}) of {}: the snapshot broke off while it was written ({}); nothing of it was kept, and it is"
                            + " downloaded to a file instead",
                    what,
                    trigger,
                    state.property(),
                    broken.get().getMessage());
            return null;
        }
    }

    /** In one transaction: the replicated tables emptied and filled from the downloaded snapshot file. */
    private Written replace(Path file, SyncState state, String what) {
        return written(replacement.replace(file, state.property(), progress(what)));
    }

    private java.util.function.Function<SnapshotLine.Header, SnapshotProgress> progress(String what) {
        return h -> new SnapshotProgress(what, h, SnapshotProgress.total(h), runs::progress);
    }

    /** What follows the replaced tables in the same transaction, and what the replace wrote. */
    private Written written(SnapshotLine.Header header) {
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
        return new Written(header, adopted);
    }
}
