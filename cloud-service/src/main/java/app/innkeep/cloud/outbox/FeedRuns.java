package app.innkeep.cloud.outbox;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Sealed runs of a property's feed (ADR 0024): every {@code run-length} events (1,000 unless configured) are stored a
 * second time as one row holding the bytes the feed sends for them, written in the transaction that takes the run's
 * last sequence. A standby catching up then reads one row per thousand events instead of a thousand rows, and the
 * bytes need no second look. The events' own rows stay the record: a run is only ever a copy of them, made when the
 * run is complete (events are never changed once written), and the feed falls back to the rows wherever a run is
 * missing (events written before runs existed, a run trimmed by retention).
 *
 * <p>A run's row holds its events' end offsets ahead of their bytes, so a page that starts or ends inside a run takes
 * a slice of it without parsing.
 */
@Store
@Singleton
public class FeedRuns {

    private final Db db;
    private final int length;

    public FeedRuns(Db db, @Value("${innkeep.feed.run-length:1000}") int length) {
        if (length < 2) {
            throw new IllegalArgumentException("innkeep.feed.run-length must be 2 or more, not " + length);
        }
        this.db = db;
        this.length = length;
    }

    /** How many events make a run. */
    public int length() {
        return length;
    }

    /**
     * Seals the run that {@code sequence} completes, if it completes one; must run in the transaction that wrote the
     * event, while the property row is locked, so runs are written in order and once. A run whose events are not all
     * there (retention trimmed it while it was being written) is simply not sealed.
     */
    void sealIfComplete(long propertyId, long sequence) {
        if (sequence % length != 0) {
            return;
        }
        long first = sequence - length + 1;
        // Runs never overlap: after the length was changed, the first run of the new length would start inside
        // the last one of the old; those events are read from their rows instead.
        long sealedThrough = db.one(
                        "SELECT LAST_SEQUENCE FROM OUTBOX_RUN WHERE PROPERTY_ID = ? ORDER BY FIRST_SEQUENCE DESC"
                                + " OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY",
                        rs -> rs.getLong(1),
                        propertyId)
                .orElse(0L);
        if (sealedThrough >= first) {
            return;
        }
        List<String> events = db.list(
                "SELECT PAYLOAD FROM OUTBOX_EVENT WHERE PROPERTY_ID = ? AND SEQUENCE_NO >= ? AND SEQUENCE_NO <= ?"
                        + " ORDER BY SEQUENCE_NO",
                rs -> rs.getString(1),
                propertyId,
                first,
                sequence);
        if (events.size() != length) {
            return;
        }
        db.update(
                "INSERT INTO OUTBOX_RUN (PROPERTY_ID, FIRST_SEQUENCE, LAST_SEQUENCE, EVENTS) VALUES (?, ?, ?, ?)",
                propertyId,
                first,
                sequence,
                Run.encode(events));
    }

    /** The runs that hold any event from {@code after + 1} to {@code through}, in order. */
    List<Run> covering(long propertyId, long after, long through) {
        // Runs start at multiples of the length plus one, so the run holding after + 1 starts within one length of it;
        // bounding the key on both sides keeps this an index range on every database.
        return db.list(
                "SELECT FIRST_SEQUENCE, LAST_SEQUENCE, EVENTS FROM OUTBOX_RUN WHERE PROPERTY_ID = ?"
                        + " AND FIRST_SEQUENCE > ? AND FIRST_SEQUENCE <= ? ORDER BY FIRST_SEQUENCE",
                rs -> new Run(rs.getLong(1), rs.getLong(2), rs.getBytes(3)),
                propertyId,
                after - length,
                through);
    }

    /** Removes the runs that hold any event up to {@code through} (retention; the rows after it remain). */
    int purgeThrough(long propertyId, long through) {
        return db.update("DELETE FROM OUTBOX_RUN WHERE PROPERTY_ID = ? AND FIRST_SEQUENCE <= ?", propertyId, through);
    }

    /**
     * One sealed run: events {@code first} to {@code last}, stored as their count, each one's end offset, then the
     * events' bytes comma separated (the inside of a JSON array).
     */
    record Run(long first, long last, byte[] stored) {

        static byte[] encode(List<String> events) {
            var inside = new EncodedEvents.Builder(events.size() * 512);
            int[] ends = new int[events.size()];
            int at = 0;
            for (int i = 0; i < ends.length; i++) {
                byte[] event = EncodedEvents.utf8Repaired(events.get(i));
                inside.addEncoded(event, 0, event.length, 1);
                at += (i > 0 ? 1 : 0) + event.length;
                ends[i] = at;
            }
            byte[] json = inside.build().json();
            ByteBuffer stored = ByteBuffer.allocate(4 + 4 * ends.length + json.length);
            stored.putInt(ends.length);
            for (int end : ends) {
                stored.putInt(end);
            }
            stored.put(json);
            return stored.array();
        }

        private int count() {
            return ByteBuffer.wrap(stored).getInt(0);
        }

        /** Where the events' bytes begin in {@link #stored}. */
        private int start() {
            return 4 + 4 * count();
        }

        /** Offset in {@link #stored} where event {@code index} (0-based) begins. */
        private int from(int index) {
            return start() + (index == 0 ? 0 : ByteBuffer.wrap(stored).getInt(4 + 4 * (index - 1)) + 1);
        }

        /** Offset in {@link #stored} just past event {@code index}. */
        private int to(int index) {
            return start() + ByteBuffer.wrap(stored).getInt(4 + 4 * index);
        }

        /** Adds this run's events {@code from} to {@code to} (sequences, inclusive) to the page. */
        void slice(long from, long to, EncodedEvents.Builder page) {
            if (count() != last - first + 1 || from < first || to > last || from > to) {
                throw new IllegalStateException("run " + first + "-" + last + " cannot give " + from + "-" + to);
            }
            int i = (int) (from - first);
            int j = (int) (to - first);
            page.addEncoded(stored, from(i), to(j), j - i + 1);
        }
    }
}
