package app.innkeep.standby.sync;

import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.store.ReplicaDisk;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the replica current, one run at a time: the catch-up from the feed ({@link FeedCatchUp}) or, for a bootstrap
 * and when the cloud no longer has the events after the cursor, a full resync ({@link FullResync}) followed by the
 * catch-up. Every run's end is announced ({@link SyncFinished}).
 */
@Singleton
public class SyncService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    private final SyncRuns runs;
    private final FeedCatchUp catchUp;
    private final FullResync fullResync;
    private final CloudWriteListener collisions;
    private final ApplicationEventPublisher<SyncFinished> events;
    private final ReplicaDisk disk;
    private final TransactionOperations<Connection> tx;
    private final CloudClient cloud;

    SyncService(
            SyncRuns runs,
            FeedCatchUp catchUp,
            FullResync fullResync,
            CloudWriteListener collisions,
            ApplicationEventPublisher<SyncFinished> events,
            ReplicaDisk disk,
            TransactionOperations<Connection> tx,
            CloudClient cloud) {
        this.runs = runs;
        this.catchUp = catchUp;
        this.fullResync = fullResync;
        this.collisions = collisions;
        this.events = events;
        this.disk = disk;
        this.tx = tx;
        this.cloud = cloud;
    }

    /** What a running sync or resync is doing now, for the status page ("Bootstrap: 40% (4,000 of 10,000 lines)"). */
    public String progress() {
        return runs.progress();
    }

    public boolean isRunning() {
        return runs.isRunning();
    }

    /** Pulls everything new from the feed. {@code trigger} says why, for the history. */
    public RunResult sync(SyncTrigger trigger) {
        var paused = pausedRun();
        if (paused.isPresent()) {
            return paused.get();
        }
        if (!runs.acquire(trigger)) {
            return SyncRuns.skipped();
        }
        return heldRun(trigger, () -> syncLocked(trigger));
    }

    /**
     * Replaces the cloud's copy from a fresh snapshot. The desk's own work (outage journal, local bookings and folio
     * lines, walk-in numbers, staff) is in other tables and is not touched; it is compared with the new copy.
     */
    public RunResult resync(SyncTrigger trigger) {
        var paused = pausedRun();
        if (paused.isPresent()) {
            return paused.get();
        }
        runs.acquireWaiting();
        return heldRun(trigger, () -> resyncLocked(trigger));
    }

    /**
     * Runs {@code work} while no sync runs: waits for a running one to end and keeps others out meanwhile. A fire drill
     * switches the desk's database and pauses the cloud in here (ADR 0019).
     */
    public void exclusively(Runnable work) {
        runs.acquireWaiting();
        try {
            work.run();
        } finally {
            runs.release();
        }
    }

    /** While calls to the cloud are paused (a fire drill), runs do nothing and say why; nothing is recorded. */
    private Optional<RunResult> pausedRun() {
        return cloud.paused().map(why -> new RunResult(SyncOutcome.SKIPPED, "sync is paused: " + why, 0, 0, -1));
    }

    /** Runs with the lock already held, releases it, and announces how the run ended. */
    private RunResult heldRun(SyncTrigger trigger, Supplier<RunResult> run) {
        long started = System.nanoTime();
        RunResult result;
        try {
            result = run.get();
        } finally {
            runs.release();
        }
        events.publishEvent(new SyncFinished(trigger, result, Duration.ofNanos(System.nanoTime() - started)));
        return result;
    }

    /**
     * After a full disk, once there is room again: the replica is reopened (Derby may have been left broken by the
     * failed writes), the runs the full disk cut short are closed as such, and a run picks up where things stand,
     * finishing the bootstrap if it was the bootstrap that failed. Empty when there is nothing to do or a run is busy.
     */
    public Optional<RunResult> resumeWhenRoom() {
        if (!disk.roomAgain() || !runs.tryAcquire()) {
            return Optional.empty();
        }
        return Optional.of(heldRun(SyncTrigger.DISK_FREED, () -> {
            try {
                disk.reopen();
                runs.markUnfinished(
                        "ended when the disk was full; nothing of it was half-applied, and the standby carried on once"
                                + " there was room again");
                return syncLocked(SyncTrigger.DISK_FREED);
            } catch (RuntimeException e) {
                return runs.failedBeforeStart(SyncTrigger.DISK_FREED, e);
            }
        }));
    }

    /**
     * At start: runs a kill or crash cut short are marked INTERRUPTED, and a pairing whose bootstrap never completed is
     * finished (in the background, so the front desk is up meanwhile).
     */
    public void recoverAtStart() {
        runs.markUnfinished(
                "the standby stopped during this run (killed, crashed or switched off); nothing of it was half-applied,"
                        + " and the next run took up from where the replica stood");
        boolean pending = runs.current().map(SyncState::bootstrapPending).orElse(false);
        if (pending) {
            LOG.info("This standby is paired but its bootstrap did not complete: bootstrapping again now");
            Thread.ofVirtual().name("bootstrap-at-start").start(() -> sync(SyncTrigger.STARTUP));
        }
    }

    /**
     * Applies the warm-up's made-up page ({@link SyncWarmUp}) and rolls it back. Skipped when a run is busy, the standby
     * is not bootstrapped, or the desk has work of its own (outage work a cloud change would be compared with).
     */
    void warmUp(SyncWarmUp warmUp) {
        if (!runs.tryAcquireForWarmUp()) {
            LOG.info("Sync warm-up skipped: a run is already busy");
            return;
        }
        long started = System.nanoTime();
        try {
            SyncState state = runs.current().orElse(null);
            if (state == null
                    || state.bootstrapPending()
                    || tx.executeRead(s -> !collisions.deskWork().isEmpty())) {
                LOG.info("Sync warm-up skipped: the standby is not bootstrapped yet, or the desk has work of its own");
                return;
            }
            var text = tx.executeRead(s -> warmUp.page(state.property(), state.cursor()));
            if (text.isEmpty()) {
                LOG.info("Sync warm-up skipped: the replica has no booking and folio line to copy yet");
                return;
            }
            FeedPage page = FeedPage.parse(text.get(), state.cursor(), state.property());
            try {
                tx.executeWrite(s -> {
                    catchUp.applyPage(page);
                    throw new RolledBack();
                });
            } catch (RolledBack expected) {
                // The page was applied and undone, as intended.
            }
            LOG.info(
                    "Sync warmed up in {} ms: a made-up page of {} copied rows applied and rolled back",
                    (System.nanoTime() - started) / 1_000_000,
                    page.events().size());
        } catch (RuntimeException e) {
            LOG.warn("Sync warm-up skipped: {}", e.getMessage());
        } finally {
            runs.release();
        }
        // The HTTP client's first call in a JVM is slow (its classes, its selector thread, a new connection): made now,
        // to the cloud's health probe (what the outage watch asks every minute), so the first sync's first page is not
        // the one to pay. An unreachable cloud costs nothing but this background thread's wait.
        runs.current().ifPresent(state -> {
            long probed = System.nanoTime();
            boolean up = cloud.reachable(state.cloudUrl(), Duration.ofSeconds(5));
            LOG.info(
                    "Cloud connection warmed up in {} ms ({})",
                    (System.nanoTime() - probed) / 1_000_000,
                    up ? "the cloud answers" : "the cloud does not answer now");
        });
    }

    /** Ends the warm-up's transaction with a rollback. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super("warm-up rolled back", null, false, false);
        }
    }

    private RunResult syncLocked(SyncTrigger trigger) {
        SyncState state;
        long runId;
        try {
            state = runs.current().orElse(null);
            if (state == null) {
                return SyncRuns.notPaired();
            }
            if (state.bootstrapPending()) {
                // Paired, but the bootstrap never completed (killed, disk full, cloud gone mid-way): finish it first,
                // rather than following the feed from an empty replica.
                LOG.info("The bootstrap of {} has not completed yet: bootstrapping again", state.property());
                return resyncLocked(SyncTrigger.BOOTSTRAP);
            }
            runId = runs.start(trigger, state.cursor());
        } catch (RuntimeException e) {
            return runs.failedBeforeStart(trigger, e);
        }
        RunResult result = catchUp.run(trigger, state, runId);
        if (result.result() == SyncOutcome.RESYNC) {
            return resyncLocked(
                    result.message().startsWith(FeedCatchUp.CHOICE_CHANGED)
                            ? SyncTrigger.DATA_CHOICE
                            : SyncTrigger.AUTO_410);
        }
        return result;
    }

    private RunResult resyncLocked(SyncTrigger trigger) {
        SyncState state;
        long runId;
        try {
            state = runs.current().orElse(null);
            if (state == null) {
                return SyncRuns.notPaired();
            }
            runId = runs.start(trigger, state.cursor());
        } catch (RuntimeException e) {
            return runs.failedBeforeStart(trigger, e);
        }
        return fullResync.run(trigger, state, runId).orElseGet(() -> syncLocked(trigger));
    }
}
