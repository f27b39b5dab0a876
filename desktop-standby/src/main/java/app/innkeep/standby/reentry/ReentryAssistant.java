package app.innkeep.standby.reentry;

import app.innkeep.model.reentry.ReentryAction;
import app.innkeep.model.reentry.ReentryAnswer;
import app.innkeep.model.reentry.ReentryRequest;
import app.innkeep.standby.cloud.CloudClient.CloudRefused;
import app.innkeep.standby.cloud.CloudClient.CloudUnreachable;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.JournalEntry;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The re-entry assistant (opt-in per outage): posts the journal's entries to the cloud's re-entry API in journal
 * order, each with its entry ID as idempotency key, so a run cut short by anything is simply run again (ADR 0011).
 */
@Singleton
public class ReentryAssistant {

    private static final Logger LOG = LoggerFactory.getLogger(ReentryAssistant.class);

    private final OpenReentries reentries;
    private final ReentryStore store;
    private final ConflictStore conflicts;
    private final Worklist worklist;
    private final ReentryCloud cloud;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final int haltAfterPosts;
    private final AtomicInteger posts = new AtomicInteger();

    public ReentryAssistant(
            OpenReentries reentries,
            ReentryStore store,
            ConflictStore conflicts,
            Worklist worklist,
            ReentryCloud cloud,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.standby.reentry.halt-after-posts:0}") int haltAfterPosts) {
        this.reentries = reentries;
        this.store = store;
        this.conflicts = conflicts;
        this.worklist = worklist;
        this.cloud = cloud;
        this.tx = tx;
        this.clock = clock;
        this.haltAfterPosts = haltAfterPosts;
    }

    /** The auditor lets the assistant post this outage's entries (or takes that back). */
    public void setAssisted(long outageId, boolean assisted) {
        tx.executeWrite(s -> {
            reentries.open(outageId);
            store.assisted(outageId, assisted);
            return null;
        });
    }

    /**
     * Syncs first (so collisions are known), then posts every pending entry in journal order. An entry whose booking
     * collides stops as CONFLICT; a refusal is FAILED with the cloud's words; later entries of the same booking wait
     * behind either, unrelated ones go on. An unreachable cloud ends the run; run it again later. Returns what the run
     * did, in the auditor's words.
     */
    public String run(String user, long outageId) {
        ReentryState state = tx.executeWrite(s -> reentries.open(outageId));
        if (!state.assisted()) {
            throw new Invalid("assisted", "switch the assistant on for this outage first");
        }
        var synced = cloud.syncFirst();
        if (!synced.upToDate()) {
            return finishRun(
                    outageId, "Not started: the sync before posting did not succeed (" + synced.message() + ")");
        }
        ReentryCloud.Paired paired = cloud.paired();
        List<WorkItem> items = tx.executeWrite(s -> worklist.prepare(outageId, clock.instant()));
        Run run = new Run();
        for (WorkItem item : items) {
            if (item.settled() || run.waits(item.entry().bookingRef())) {
                continue;
            }
            try {
                run.count(item.entry().bookingRef(), post(item, paired, user));
            } catch (CloudUnreachable unreachable) {
                return finishRun(
                        outageId,
                        "Stopped: the cloud cannot be reached (" + unreachable.getMessage() + "). Posted " + run.posted
                                + " before that; run it again later, nothing will be posted twice.");
            }
        }
        return finishRun(outageId, run.summary());
    }

    /** What became of one entry in a run of the assistant. */
    private enum Posting {
        /** The cloud took it. */
        POSTED,
        /** It could not be built, or the cloud refused it: FAILED with why. */
        REFUSED,
        /** Its booking collides: it waits for the auditor's choice. */
        CONFLICT
    }

    /** One run's tally; a booking whose entry did not go waits with the rest of its entries until the next run. */
    private static final class Run {
        private final Set<String> waiting = new HashSet<>();
        private int posted;
        private int refused;
        private int conflicted;

        boolean waits(String bookingRef) {
            return bookingRef != null && waiting.contains(bookingRef);
        }

        void count(String bookingRef, Posting posting) {
            switch (posting) {
                case POSTED -> posted++;
                case REFUSED -> refused++;
                case CONFLICT -> conflicted++;
            }
            if (posting != Posting.POSTED && bookingRef != null) {
                waiting.add(bookingRef);
            }
        }

        String summary() {
            return "Posted " + posted + (refused > 0 ? ", " + refused + " refused by the cloud" : "")
                    + (conflicted > 0 ? ", " + conflicted + " waiting for the auditor's choice" : "") + ".";
        }
    }

    /**
     * Posts one pending entry, unless its booking collides. An unreachable cloud ends the whole run: it comes out as
     * {@link CloudUnreachable}.
     */
    private Posting post(WorkItem item, ReentryCloud.Paired paired, String user) {
        var e = item.entry();
        String ref = e.bookingRef();
        Optional<String> collision = tx.executeRead(s -> conflicts.unresolved(ref));
        if (item.status() == WorkStatus.CONFLICT || collision.isPresent()) {
            tx.executeWrite(s -> {
                worklist.unsettled(
                        e.entryId(),
                        WorkStatus.CONFLICT,
                        collision.orElse(item.note()) + " — choose per field before it is posted",
                        clock.instant());
                return null;
            });
            return Posting.CONFLICT;
        }
        ReentryRequest request;
        try {
            request = tx.executeRead(s -> CloudRequests.request(
                    e, conflicts.choices(ref), id -> worklist.cloudLineOf(id).orElse(null)));
        } catch (Invalid invalid) {
            fail(e.entryId(), invalid.getMessage());
            return Posting.REFUSED;
        }
        ReentryAnswer answer;
        try {
            answer = paired.post(e.entryId(), request);
        } catch (CloudRefused refused) {
            fail(e.entryId(), "the cloud refused: " + refused.getMessage());
            return Posting.REFUSED;
        }
        haltIfAsked(e.entryId());
        record(e, request, answer, user);
        return Posting.POSTED;
    }

    /** The cloud took the entry: the worklist says so only now, so a crash before this is healed by posting again. */
    private void record(JournalEntry e, ReentryRequest request, ReentryAnswer answer, String user) {
        tx.executeWrite(s -> {
            Instant now = clock.instant();
            worklist.settle(
                    e.entryId(),
                    WorkStatus.POSTED,
                    answer.cloudConfirmation(),
                    answer.lineId(),
                    answer.amount(),
                    answer.replayed() ? "posted (the cloud already had it)" : "posted",
                    user,
                    now);
            if (mapsDNumber(request.action()) && answer.cloudConfirmation() != null) {
                worklist.mapDNumber(e.bookingRef(), answer.cloudConfirmation(), now);
            }
            return null;
        });
    }

    /** Only a walk-in or a reservation makes a booking in the cloud: its D-number becomes an alias of it. */
    private static boolean mapsDNumber(ReentryAction action) {
        return switch (action) {
            case WALK_IN, RESERVE -> true;
            case CHECK_IN, CHECK_OUT, MODIFY, CANCEL, CHARGE, VOID, PAYMENT, REFUND, ROOM_STATUS, RENT, DAY_CLOSED ->
                false;
        };
    }

    /** Fault injection for the crash tests: the process dies right after the cloud took a post, before it is recorded. */
    private void haltIfAsked(String entryId) {
        if (haltAfterPosts > 0 && posts.incrementAndGet() >= haltAfterPosts) {
            LOG.error(
                    "innkeep.standby.reentry.halt-after-posts={} reached at entry {}: halting now",
                    haltAfterPosts,
                    entryId);
            Runtime.getRuntime().halt(3);
        }
    }

    private void fail(String entryId, String why) {
        LOG.warn("Re-entry of entry {} not done: {}", entryId, why);
        tx.executeWrite(s -> {
            worklist.unsettled(entryId, WorkStatus.FAILED, why, clock.instant());
            return null;
        });
    }

    private String finishRun(long outageId, String message) {
        tx.executeWrite(s -> {
            store.assistantRan(outageId, clock.instant(), message);
            return null;
        });
        LOG.info("Re-entry assistant, outage {}: {}", outageId, message);
        return message;
    }
}
