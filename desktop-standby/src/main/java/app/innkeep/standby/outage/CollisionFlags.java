package app.innkeep.standby.outage;

import app.innkeep.standby.outage.Collisions.Collision;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The collision flags and what deciding on them reads of the desk's work; in the caller's transaction. */
@Store
@Singleton
class CollisionFlags {

    private static final String LIVE = "RETIRED_AT IS NULL";
    private static final String HOLDS_ROOM = "STATUS IN ('RESERVED', 'CHECKED_IN')";

    /** The desk's version of a booking, by the cloud version it started from. */
    record DeskVersion(String baseState) {}

    /** A cloud booking and the room it holds. */
    record CloudHold(String confirmation, String room) {}

    private final Replica replica;

    CollisionFlags(Replica replica) {
        this.replica = replica;
    }

    /** The bookings the desk has its own version of. */
    Set<String> deskBookings() {
        return new HashSet<>(
                replica.list("SELECT CONFIRMATION FROM LOCAL_BOOKING WHERE " + LIVE, rs -> rs.getString(1)));
    }

    /** The folios the desk posted lines to. */
    Set<String> foliosWithDeskLines() {
        return new HashSet<>(replica.list(
                "SELECT DISTINCT CONFIRMATION FROM LOCAL_FOLIO_LINE WHERE " + LIVE, rs -> rs.getString(1)));
    }

    /** The rooms the desk's live bookings hold. */
    Set<String> roomsHeldByDesk() {
        return new HashSet<>(replica.list(
                "SELECT DISTINCT ROOM_NUMBER FROM LOCAL_BOOKING WHERE " + LIVE + " AND " + HOLDS_ROOM
                        + " AND ROOM_NUMBER IS NOT NULL",
                rs -> rs.getString(1)));
    }

    /**
     * The desk's own version of a booking, by the cloud version it started from ({@code baseState}: null for the
     * desk's own walk-ins); empty when the desk has none.
     */
    Optional<DeskVersion> deskVersion(String confirmation) {
        return replica.one(
                "SELECT BASE_STATE FROM LOCAL_BOOKING WHERE CONFIRMATION = ? AND " + LIVE,
                rs -> new DeskVersion(rs.getString(1)),
                confirmation);
    }

    /** Whether the desk changed this booking or posted to its folio. */
    boolean deskWorkedOn(String confirmation) {
        return replica.count("SELECT COUNT(*) FROM LOCAL_FOLIO_LINE WHERE CONFIRMATION = ? AND " + LIVE, confirmation)
                        + replica.count(
                                "SELECT COUNT(*) FROM LOCAL_BOOKING WHERE CONFIRMATION = ? AND " + LIVE, confirmation)
                > 0;
    }

    /** The desk's bookings in order, to compare each with the cloud's copy again after a resync. */
    List<String> deskBookingsInOrder() {
        return replica.list(
                "SELECT CONFIRMATION FROM LOCAL_BOOKING WHERE " + LIVE + " ORDER BY CONFIRMATION",
                rs -> rs.getString(1));
    }

    /** Cloud bookings that hold a room one of the desk's live bookings holds too (on some night or not). */
    List<CloudHold> cloudBookingsInDeskRooms() {
        return replica.list(
                "SELECT b.CONFIRMATION, b.ROOM_NUMBER FROM BOOKING b WHERE b." + HOLDS_ROOM
                        + " AND b.ROOM_NUMBER IN (SELECT ROOM_NUMBER FROM LOCAL_BOOKING WHERE " + LIVE + " AND "
                        + HOLDS_ROOM + ")",
                rs -> new CloudHold(rs.getString(1), rs.getString(2)));
    }

    /** A desk booking (other than the cloud booking itself) holding the cloud booking's room on one of its nights. */
    Optional<String> deskBookingClashingWith(String cloudConfirmation) {
        return replica.one(
                "SELECT l.CONFIRMATION FROM LOCAL_BOOKING l, BOOKING c WHERE c.CONFIRMATION = ?"
                        + " AND c.STATUS IN ('RESERVED', 'CHECKED_IN') AND l.STATUS IN ('RESERVED', 'CHECKED_IN') AND l.RETIRED_AT IS NULL"
                        + " AND l.ROOM_NUMBER = c.ROOM_NUMBER AND l.CONFIRMATION <> c.CONFIRMATION"
                        + " AND l.ARRIVAL < c.DEPARTURE AND l.DEPARTURE > c.ARRIVAL FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getString(1),
                cloudConfirmation);
    }

    /**
     * Whether the auditor has begun to re-enter this booking into the cloud (an entry of it posted or done by hand).
     */
    boolean reentryUnderWay(String confirmation) {
        return replica.count(
                        "SELECT COUNT(*) FROM REENTRY_ITEM i JOIN OUTAGE_JOURNAL j ON j.ENTRY_ID = i.ENTRY_ID"
                                + " WHERE j.BOOKING_REF = ? AND i.STATUS IN ('POSTED', 'MANUAL')",
                        confirmation)
                > 0;
    }

    /** Whether this booking already has a flag of this kind for this version (a cloud version, a line, a room pair). */
    boolean flagged(String kind, String confirmation, String versionKey) {
        return replica.count(
                        "SELECT COUNT(*) FROM COLLISION WHERE KIND = ? AND CONFIRMATION = ? AND VERSION_KEY = ?",
                        kind,
                        confirmation,
                        versionKey)
                > 0;
    }

    /** Whether the desk's booking and this cloud booking are already flagged as holding the same room. */
    boolean roomClashFlagged(String deskConfirmation, String cloudConfirmation) {
        return replica.count(
                        "SELECT COUNT(*) FROM COLLISION WHERE KIND = 'ROOM_DOUBLE_BOOKED' AND CONFIRMATION = ?"
                                + " AND OTHER_CONFIRMATION = ?",
                        deskConfirmation,
                        cloudConfirmation)
                > 0;
    }

    void flag(
            String kind,
            String confirmation,
            String other,
            String room,
            Long sequence,
            String versionKey,
            String detail,
            Instant notedAt) {
        replica.update(
                "INSERT INTO COLLISION (KIND, CONFIRMATION, OTHER_CONFIRMATION, ROOM_NUMBER, SEQUENCE_NO, VERSION_KEY, DETAIL,"
                        + " NOTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                kind,
                confirmation,
                other,
                room,
                sequence,
                versionKey,
                detail,
                notedAt);
    }

    List<Collision> all() {
        return replica.list("SELECT * FROM COLLISION ORDER BY ID", CollisionFlags::collision);
    }

    List<Collision> forBooking(String confirmation) {
        return replica.list(
                "SELECT * FROM COLLISION WHERE CONFIRMATION = ? OR OTHER_CONFIRMATION = ? ORDER BY ID",
                CollisionFlags::collision,
                confirmation,
                confirmation);
    }

    private static Collision collision(ResultSet rs) throws SQLException {
        return new Collision(
                rs.getLong("ID"),
                rs.getString("KIND"),
                rs.getString("CONFIRMATION"),
                rs.getString("OTHER_CONFIRMATION"),
                rs.getString("ROOM_NUMBER"),
                (Long) rs.getObject("SEQUENCE_NO"),
                rs.getString("DETAIL"),
                Replica.instant(rs, "NOTED_AT"));
    }
}
