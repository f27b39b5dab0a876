package app.innkeep.standby.sync;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * The events the sync holds: what the status page and the health check read, and what a retry reads and clears. The
 * applier writes them in its page's batch.
 */
@Singleton
public class HeldEvents {

    /** One held event: why it waits, since when. */
    public record Held(long sequence, String type, String subject, String reason, Instant heldAt) {}

    /** A held event's sequence and its text as the feed sent it, to try again. */
    record Waiting(long sequence, String payload) {}

    private final HeldEventRows rows;

    HeldEvents(HeldEventRows rows) {
        this.rows = rows;
    }

    /** The oldest held events, in feed order, at most {@code max}. */
    public List<Held> oldest(int max) {
        return rows.findOrderBySequenceNo(Pageable.from(0, max)).stream()
                .map(r -> new Held(r.sequenceNo(), r.eventType(), r.subject(), r.reason(), r.heldAt()))
                .toList();
    }

    public long count() {
        return rows.count();
    }

    /** Every held event, oldest first. */
    List<Waiting> all() {
        return rows.listOrderBySequenceNo().stream()
                .map(r -> new Waiting(r.sequenceNo(), r.payload()))
                .toList();
    }

    /** Whether an older event of the same booking is held: this one must wait behind it. */
    boolean olderHeld(String subject, long sequence) {
        return rows.existsBySubjectAndSequenceNoLessThan(subject, sequence);
    }

    /** Still held, for this reason now. */
    void stillHeld(long sequence, String reason) {
        rows.update(sequence, reason);
    }

    /** No longer held: it is applied now. */
    void released(long sequence) {
        rows.deleteById(sequence);
    }
}
