package app.innkeep.standby.sync;

import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.PropertyEvent.BusinessDateRolled;
import app.innkeep.standby.cli.SuggestedCommand;
import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.cloud.CloudClient.CloudRefused;
import app.innkeep.standby.cloud.CloudClient.CloudUnreachable;
import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.store.KeptOnThisStandby;
import app.innkeep.standby.store.ReplicaDisk;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catch-up of a bootstrapped standby: the master-data preflight, held events retried, then the feed page by page,
 * each page applied together with the cursor in one transaction (a crash at any point leaves the replica at a page
 * boundary, and the next run takes up from there; ADR 0008).
 */
@Singleton
class FeedCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(FeedCatchUp.class);

    private final CloudClient cloud;
    private final SyncStates states;
    private final ReplicaApplier applier;
    private final MasterDataPreflight preflight;
    private final SyncRuns runs;
    private final ReplicaDisk disk;
    private final KeptOnThisStandby kept;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final int pageSize;

    /** How a run that stopped for a new choice of what this standby keeps begins its message; it resyncs next. */
    static final String CHOICE_CHANGED = "the property changed what this standby keeps";

    /** Events asked for per feed page unless {@code innkeep.standby.sync.page-size} says otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 1000;

    FeedCatchUp(
            CloudClient cloud,
            SyncStates states,
            ReplicaApplier applier,
            MasterDataPreflight preflight,
            SyncRuns runs,
            ReplicaDisk disk,
            KeptOnThisStandby kept,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.standby.sync.page-size:" + DEFAULT_PAGE_SIZE + "}") int pageSize) {
        this.cloud = cloud;
        this.states = states;
        this.applier = applier;
        this.preflight = preflight;
        this.runs = runs;
        this.disk = disk;
        this.kept = kept;
        this.tx = tx;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /**
     * Pulls everything new from the feed into the started run {@code runId} and finishes it. {@link SyncOutcome#RESYNC}
     * when the cloud no longer has the events after the cursor: the caller resyncs then.
     */
    RunResult run(SyncTrigger trigger, SyncState state, long runId) {
        Instant runStarted = clock.instant();
        long started = System.nanoTime();
        int applied = 0;
        int held = 0;
        long cursor = state.cursor();
        // The first page is asked for at once: the cloud reads it while the checks below run.
        PageReader reader = new PageReader(cloud, state, pageSize, runs::progress);
        reader.request(cursor);
        try {
            var blocking = tx.executeRead(s -> preflight.blockingProblem());
            if (blocking.isPresent()) {
                return runs.finish(runId, SyncOutcome.STOPPED, blocking.get(), 0, 0, cursor, true);
            }
            applied += tx.executeWrite(s -> applier.retryHeld());
            // Where a run's time goes, the cloud's side or the replica's, told in its message: the time spent waiting
            // for a page (the next page is read while this one is written, so only what is not overlapped counts).
            long waiting = 0;
            long applying = 0;
            var madeUnder = tx.executeRead(s -> kept.current());
            while (true) {
                long t0 = System.nanoTime();
                FeedPage page = reader.take();
                long t1 = System.nanoTime();
                if (page.kept() != null && page.kept().version() != madeUnder.version()) {
                    // Data the new choice leaves out must leave the copy, and data it lets in must come: a resync
                    // from a fresh snapshot does both, with the progress a resync shows. Nothing of this page was
                    // applied.
                    String message = CHOICE_CHANGED + " (version " + madeUnder.version() + " to "
                            + page.kept().version() + "): resyncing from a fresh snapshot";
                    LOG.info("Sync ({}) of {}: {}", trigger, state.property(), message);
                    return runs.finish(runId, SyncOutcome.RESYNC, message, applied, held, cursor, false);
                }
                boolean last = page.events().isEmpty() || page.next() >= page.head();
                if (!last) {
                    reader.request(page.next());
                }
                PageCounts counts = tx.executeWrite(s -> applyPage(page));
                waiting += t1 - t0;
                applying += System.nanoTime() - t1;
                applied += counts.applied();
                held += counts.held();
                cursor = page.next();
                if (last) {
                    break;
                }
            }
            int trimmed = tx.executeWrite(s -> {
                states.pulled(clock.instant());
                // Departed bookings older than the chosen days leave the copy as the business date moves on.
                return states.current()
                        .map(now -> kept.trim(now.businessDate()))
                        .orElse(0);
            });
            String message = "applied " + applied + (held > 0 ? ", held " + held : "")
                    + (trimmed > 0 ? ", removed " + trimmed + " bookings older than the history kept" : "")
                    + "; at sequence " + cursor
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms (waiting for the feed "
                    + waiting / 1_000_000 + " ms, applying " + applying / 1_000_000 + " ms)";
            LOG.info("Sync ({}) of {}: {}", trigger, state.property(), message);
            return runs.finish(runId, SyncOutcome.OK, message, applied, held, cursor, false);
        } catch (CloudRefused refused) {
            if (refused.status() == 410) {
                LOG.warn(
                        "The cloud no longer has the events after {}: starting a full resync ({})",
                        cursor,
                        refused.getMessage());
                return runs.finish(runId, SyncOutcome.RESYNC, refused.getMessage(), applied, held, cursor, false);
            }
            runs.cloudAnswered();
            return runs.finish(runId, SyncOutcome.STOPPED, refusal(refused, state), applied, held, cursor, true);
        } catch (CloudUnreachable e) {
            LOG.warn("Sync ({}) of {} failed: {}", trigger, state.property(), e.getMessage());
            runs.cloudSilent(runStarted);
            return runs.finish(runId, SyncOutcome.FAILED, e.getMessage(), applied, held, cursor, false);
        } catch (MalformedPage e) {
            LOG.warn("Sync ({}) of {} failed: {}", trigger, state.property(), e.getMessage());
            return runs.finish(runId, SyncOutcome.FAILED, e.getMessage(), applied, held, cursor, false);
        } catch (RuntimeException e) {
            var full = disk.explain(e);
            if (full.isPresent()) {
                LOG.error(
                        "Sync ({}) of {} failed: {}",
                        trigger,
                        state.property(),
                        full.get().sentence(),
                        e);
                return runs.finish(runId, SyncOutcome.FAILED, full.get().sentence(), applied, held, cursor, false);
            }
            LOG.error("Sync ({}) of {} stopped: {}", trigger, state.property(), e.getMessage(), e);
            return runs.finish(runId, SyncOutcome.FAILED, e.getMessage(), applied, held, cursor, true);
        } finally {
            // A page still being read when the run ends early is abandoned; nothing of it was written.
            reader.cancel();
        }
    }

    /** Why the cloud's refusal stops the runs, and what mends it. */
    private static String refusal(CloudRefused refused, SyncState state) {
        return refused.status() == 401
                ? "the cloud refused this standby's credential: " + refused.getMessage()
                        + ". Pair the standby again with a new pairing code: Set backup on the status page, or run "
                        + SuggestedCommand.PAIR.text("URL", state.cloudUrl())
                : refused.status() == 403
                        // The backup flag is off: the scheduled runs go on, and the first after it is on resumes.
                        ? "the cloud refused: " + refused.getMessage() + ". Sync resumes by itself once that is"
                                + " mended; to sync at once then, run " + SuggestedCommand.SYNC.text()
                        : "the cloud refused the sync: " + refused.getMessage();
    }

    /** Applies one page and moves the cursor past it, in the caller's transaction. */
    PageCounts applyPage(FeedPage page) {
        Instant newest = null;
        LocalDate businessDate = null;
        for (ReplicaApplier.FeedEntry entry : page.events()) {
            if (entry.result() instanceof DecodeResult.Decoded(EventEnvelope envelope)) {
                newest = envelope.occurredAt();
                if (envelope.event() instanceof BusinessDateRolled rolled) {
                    businessDate = rolled.businessDate();
                }
            }
        }
        PageCounts counts = applier.applyPage(page.events());
        states.advance(page.next(), page.head(), newest, counts.applied(), businessDate);
        return counts;
    }
}
