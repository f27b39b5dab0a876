package app.innkeep.standby.sync;

import app.innkeep.jdbc.BookingColumns;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads of the replicated tables as the cloud's rows: samples for the warm-up's made-up page ({@link SyncWarmUp}) and
 * what the comparison with the cloud checks ({@link ReplicaComparison}). In the caller's transaction; changes nothing.
 */
@Store
@Singleton
class ReplicaContents {

    /** A booking as the comparison with the cloud checks it. */
    record ComparedBooking(
            String confirmation, String status, String room, LocalDate arrival, LocalDate departure, BigDecimal rate) {}

    /** A room's housekeeping status, with "out of order" when it is. */
    record RoomCondition(String room, String condition) {}

    private final Replica replica;

    ReplicaContents(Replica replica) {
        this.replica = replica;
    }

    /**
     * Some booking, the first a scan finds. Not "the latest": with no index on the sequence that meant sorting every
     * booking of the replica (66,000 for a 1,000-room hotel's year, spilled to disk) at each start.
     */
    Optional<BookingState> anyBooking() {
        return replica.one(
                "SELECT CONFIRMATION, STATUS, GUEST_ID, FIRST_NAME, LAST_NAME, EMAIL, PHONE, SOURCE_CODE, ROOM_TYPE,"
                        + " ROOM_NUMBER, ARRIVAL, DEPARTURE, ADULTS, CHILDREN, RATE, CANCEL_REASON, NOTES FROM BOOKING"
                        + " FETCH FIRST 1 ROWS ONLY",
                rs -> BookingColumns.state(rs, BookingColumns.guest(rs, "GUEST_ID")));
    }

    /** A copy of some charge, made out to {@code confirmation} under line ID -1. */
    Optional<FolioLineState> anyCharge(String confirmation) {
        return replica.one(
                "SELECT LINE_ID, CONFIRMATION, LINE_KIND, CODE, DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT, BUSINESS_DATE"
                        + " FROM FOLIO_LINE WHERE LINE_KIND = 'CHARGE' FETCH FIRST 1 ROWS ONLY",
                rs -> new FolioLineState(
                        -1,
                        confirmation,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getDate(9).toLocalDate(),
                        null,
                        null));
    }

    /** Some active room's status, as it is. */
    Optional<RoomStatusChanged> anyActiveRoom() {
        return replica.one(
                "SELECT ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER FROM ROOM WHERE ACTIVE FETCH FIRST 1 ROWS ONLY",
                rs -> new RoomStatusChanged(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    }

    /** The bookings departing on or after {@code from}. */
    List<ComparedBooking> bookingsDepartingFrom(LocalDate from) {
        return replica.list(
                "SELECT CONFIRMATION, STATUS, ROOM_NUMBER, ARRIVAL, DEPARTURE, RATE FROM BOOKING WHERE DEPARTURE >= ?",
                rs -> new ComparedBooking(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Replica.date(rs, "ARRIVAL"),
                        Replica.date(rs, "DEPARTURE"),
                        rs.getBigDecimal(6)),
                from);
    }

    List<Long> folioLineIds() {
        return replica.list("SELECT LINE_ID FROM FOLIO_LINE", rs -> rs.getLong(1));
    }

    List<RoomCondition> roomConditions() {
        return replica.list(
                "SELECT ROOM_NUMBER, HOUSEKEEPING, OUT_OF_ORDER FROM ROOM",
                rs -> new RoomCondition(rs.getString(1), rs.getString(2) + (rs.getBoolean(3) ? " out of order" : "")));
    }
}
