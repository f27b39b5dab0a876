package app.innkeep.cloud.outbox;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * Reading and trimming the stored feed. It sits with the {@link Outbox}, below the features: the feed pages through it,
 * and pairing tells a new standby the feed's head, so neither needs the other.
 */
@Store
@Singleton
public class FeedEvents {

    private final Db db;
    private final FeedRuns runs;

    public FeedEvents(Db db, FeedRuns runs) {
        this.db = db;
        this.runs = runs;
    }

    /** One stored event: its sequence and its JSON exactly as written. */
    public record StoredEvent(long sequence, String payload) {}

    /**
     * Up to {@code limit} events after {@code after}, encoded for the feed: from sealed runs where there are runs
     * (ADR 0024), slicing the first and last where the page starts or ends inside them, and from the events' rows
     * elsewhere.
     *
     * @throws IllegalStateException when the sequences have a hole (retention removed events while reading)
     */
    public EncodedEvents encodedPage(long propertyId, long after, int limit) {
        long through = after + limit;
        var page = new EncodedEvents.Builder(Math.min(limit, 2000) * 512);
        long cursor = after;
        for (FeedRuns.Run run : runs.covering(propertyId, after, through)) {
            if (cursor >= through) {
                break;
            }
            if (run.last() <= cursor) {
                continue;
            }
            if (run.first() > cursor + 1) {
                cursor = addRows(propertyId, cursor, run.first() - 1, page);
            }
            if (run.first() > cursor + 1) {
                throw new IllegalStateException("runs after " + after + " have a hole at " + (cursor + 1));
            }
            long to = Math.min(run.last(), through);
            run.slice(cursor + 1, to, page);
            cursor = to;
        }
        if (cursor < through) {
            addRows(propertyId, cursor, through, page);
        }
        return page.build();
    }

    /** Adds the stored events after {@code after} up to {@code through}; returns the last sequence added. */
    private long addRows(long propertyId, long after, long through, EncodedEvents.Builder page) {
        long expected = after + 1;
        for (StoredEvent event : db.list(
                "SELECT SEQUENCE_NO, PAYLOAD FROM OUTBOX_EVENT WHERE PROPERTY_ID = ? AND SEQUENCE_NO > ?"
                        + " AND SEQUENCE_NO <= ? ORDER BY SEQUENCE_NO",
                rs -> new StoredEvent(rs.getLong(1), rs.getString(2)),
                propertyId,
                after,
                through)) {
            if (event.sequence() != expected) {
                throw new IllegalStateException("events after " + after + " have a hole at " + expected);
            }
            page.addStored(event.payload());
            expected++;
        }
        return expected - 1;
    }

    /** The stored events themselves, row by row (what the feed read before runs; the benchmark compares them). */
    public List<StoredEvent> page(long propertyId, long after, int limit) {
        return db.list(
                "SELECT SEQUENCE_NO, PAYLOAD FROM OUTBOX_EVENT WHERE PROPERTY_ID = ? AND SEQUENCE_NO > ? ORDER BY SEQUENCE_NO"
                        + " OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
                rs -> new StoredEvent(rs.getLong(1), rs.getString(2)),
                propertyId,
                after,
                limit);
    }

    /** Where a property's feed stands: its newest sequence and how far retention has trimmed it. */
    public record Position(long head, long purgedThrough) {}

    /** {@link #head} and {@link #purgedThrough} in one read, for the feed's every request. */
    public Position position(long propertyId) {
        return db.one(
                        "SELECT NEXT_EVENT_SEQUENCE - 1, FEED_PURGED_THROUGH FROM PROPERTY WHERE ID = ?",
                        rs -> new Position(rs.getLong(1), rs.getLong(2)),
                        propertyId)
                .orElseThrow();
    }

    /** The newest sequence handed out for the property (0 when it has no events yet). */
    public long head(long propertyId) {
        return db.one("SELECT NEXT_EVENT_SEQUENCE - 1 FROM PROPERTY WHERE ID = ?", rs -> rs.getLong(1), propertyId)
                .orElseThrow();
    }

    public long purgedThrough(long propertyId) {
        return db.one("SELECT FEED_PURGED_THROUGH FROM PROPERTY WHERE ID = ?", rs -> rs.getLong(1), propertyId)
                .orElseThrow();
    }

    /** Removes the property's events older than the cut-off and records how far the feed is now trimmed. */
    public int purgeOlderThan(long propertyId, Instant cutoff) {
        long through = db.one(
                        "SELECT MAX(SEQUENCE_NO) FROM OUTBOX_EVENT WHERE PROPERTY_ID = ? AND OCCURRED_AT < ?",
                        rs -> {
                            long v = rs.getLong(1);
                            return rs.wasNull() ? 0L : v;
                        },
                        propertyId,
                        cutoff)
                .orElse(0L);
        if (through == 0) {
            return 0;
        }
        runs.purgeThrough(propertyId, through);
        int removed =
                db.update("DELETE FROM OUTBOX_EVENT WHERE PROPERTY_ID = ? AND SEQUENCE_NO <= ?", propertyId, through);
        db.update(
                "UPDATE PROPERTY SET FEED_PURGED_THROUGH = ? WHERE ID = ? AND FEED_PURGED_THROUGH < ?",
                through,
                propertyId,
                through);
        return removed;
    }
}
