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

    public FeedEvents(Db db) {
        this.db = db;
    }

    /** One stored event: its sequence and its JSON exactly as written. */
    public record StoredEvent(long sequence, String payload) {}

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
