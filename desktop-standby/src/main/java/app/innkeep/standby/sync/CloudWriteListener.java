package app.innkeep.standby.sync;

import java.util.Set;

/**
 * What the sync tells about the cloud's writes to the replica, inside the transaction that wrote them: the desk's side
 * (the collision flags of outage mode) listens. The sync owns this port and knows nothing of who listens, so the
 * packages depend one way (outage on sync).
 */
public interface CloudWriteListener {

    /**
     * What the desk has worked on, read once per feed page: only a cloud booking or folio line that touches it can
     * collide, so the sync tells the listener about those alone.
     */
    record DeskWork(Set<String> bookings, Set<String> folios, Set<String> rooms) {

        /** Whether the desk has no work of its own at all. */
        public boolean isEmpty() {
            return bookings.isEmpty() && folios.isEmpty() && rooms.isEmpty();
        }

        /** Whether {@link #cloudBookingWritten} could matter for this cloud booking. */
        public boolean touches(String confirmation, String room) {
            return bookings.contains(confirmation) || (room != null && rooms.contains(room));
        }

        /** Whether {@link #cloudFolioLineWritten} could matter for a line of this folio. */
        public boolean touchesFolio(String confirmation) {
            return folios.contains(confirmation);
        }
    }

    DeskWork deskWork();

    /**
     * After the feed (or a snapshot) wrote the cloud's version of a booking the desk's work touches; {@code actor} and
     * {@code occurredAt} say who changed it in the cloud and when (null for a snapshot, which names no author).
     */
    void cloudBookingWritten(String confirmation, Long sequence, String actor, java.time.Instant occurredAt);

    /** After the feed brought a cloud folio line for a booking the desk also worked on. */
    void cloudFolioLineWritten(String confirmation, long lineId, String description, Long sequence);

    /** After a full resync replaced the replica's cloud tables. */
    void afterResync();
}
