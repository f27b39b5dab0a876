package app.innkeep.standby.sync;

import app.innkeep.standby.cli.SuggestedCommand;
import app.innkeep.standby.store.ReplicaDisk;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping of sync runs: never two at once (the warm-up is not a run, but holds the same lock), what the running
 * one is doing now, its row in the history from start to finish, and whether the cloud answered.
 */
@Singleton
class SyncRuns {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRuns.class);

    private final SyncStates states;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ReplicaDisk disk;
    private final ReentrantLock running = new ReentrantLock();
    private volatile String progress;
    private volatile boolean warmingUp;

    SyncRuns(SyncStates states, TransactionOperations<Connection> tx, Clock clock, ReplicaDisk disk) {
        this.states = states;
        this.tx = tx;
        this.clock = clock;
        this.disk = disk;
    }

    // ---- one at a time ----

    String progress() {
        return progress;
    }

    void progress(String now) {
        progress = now;
    }

    boolean isRunning() {
        return running.isLocked() && !warmingUp;
    }

    /**
     * A scheduled run skips when another run is busy; someone who pressed "sync now" waits for it to finish (up to
     * ten minutes) and then gets a run of their own.
     */
    boolean acquire(SyncTrigger trigger) {
        if (trigger != SyncTrigger.MANUAL) {
            if (running.tryLock()) {
                return true;
            }
            // The warm-up is not a run: a scheduled run that meets it waits the moment it takes.
            try {
                return warmingUp && running.tryLock(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        try {
            return running.tryLock(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean tryAcquire() {
        return running.tryLock();
    }

    /** Waits for a busy run to end: a resync is never skipped. */
    void acquireWaiting() {
        running.lock();
    }

    boolean tryAcquireForWarmUp() {
        if (!running.tryLock()) {
            return false;
        }
        warmingUp = true;
        return true;
    }

    /** The run (or warm-up) ended: nothing is in progress any more. */
    void release() {
        progress = null;
        warmingUp = false;
        running.unlock();
    }

    // ---- the history ----

    Optional<SyncState> current() {
        return tx.executeRead(s -> states.current());
    }

    long start(SyncTrigger trigger, long cursor) {
        return tx.executeWrite(s -> states.startRun(trigger.label(), clock.instant(), cursor));
    }

    /** Runs that ended without a word (a kill, a crash, a full disk) are marked as such. */
    void markUnfinished(String why) {
        tx.executeWrite(s -> states.markUnfinished(clock.instant(), why));
    }

    RunResult finish(long runId, SyncOutcome result, String message, int applied, int held, long cursor, boolean stop) {
        try {
            tx.executeWrite(s -> {
                states.finishRun(runId, clock.instant(), result.name(), message, applied, held, cursor);
                if (stop) {
                    states.stopped(message);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // A full disk can refuse even this small write; the caller still hears how the run ended, and the run's row
            // is marked when the replica is reopened or the standby restarts.
            String said = disk.explain(e).map(ReplicaDisk.DiskFull::sentence).orElse(e.getMessage());
            LOG.error("Could not record the end of sync run {} ({}): {}", runId, result, said);
            if (result == SyncOutcome.OK) {
                return new RunResult(SyncOutcome.FAILED, said, applied, held, cursor);
            }
        }
        return new RunResult(result, message, applied, held, cursor);
    }

    static RunResult notPaired() {
        return new RunResult(
                SyncOutcome.NOT_PAIRED,
                "this standby is not paired with a property yet: Set backup on the status page, or run "
                        + SuggestedCommand.PAIR.text(),
                0,
                0,
                0);
    }

    static RunResult skipped() {
        return new RunResult(SyncOutcome.SKIPPED, "a sync is already running", 0, 0, -1);
    }

    /** The run could not even be recorded: most likely the disk is full and the replica refuses every write. */
    RunResult failedBeforeStart(SyncTrigger trigger, RuntimeException e) {
        var full = disk.explain(e);
        String message = full.map(ReplicaDisk.DiskFull::sentence)
                .orElse("the replica could not be read or written: " + e.getMessage());
        LOG.error("Sync ({}) could not start: {}", trigger, message, e);
        return new RunResult(SyncOutcome.FAILED, message, 0, 0, -1);
    }

    // ---- the cloud's health ----

    void cloudSilent(Instant since) {
        try {
            tx.executeWrite(s -> {
                states.cloudSilent(since);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record that the cloud is silent: {}", e.getMessage());
        }
    }

    void cloudAnswered() {
        try {
            tx.executeWrite(s -> {
                states.cloudAnswered();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record that the cloud answered: {}", e.getMessage());
        }
    }
}
