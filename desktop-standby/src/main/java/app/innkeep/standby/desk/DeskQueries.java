package app.innkeep.standby.desk;

import app.innkeep.jdbc.BookingColumns;
import app.innkeep.jdbc.FolioLineColumns;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The front desk's reads over the desk views (the desk's own work over the cloud's copy). In the caller's transaction.
 */
@Store
@Singleton
public class DeskQueries {

    private static final String BOOKINGS = "SELECT * FROM DESK_BOOKING ";
    private static final String HOLDS_ROOM = "STATUS IN ('RESERVED', 'CHECKED_IN')";
    private static final int LIMIT = 200;
    private static final String SIGNED_AMOUNT = "CASE WHEN LINE_KIND = 'PAYMENT' THEN -AMOUNT ELSE AMOUNT END";

    private final Replica replica;

    public DeskQueries(Replica replica) {
        this.replica = replica;
    }

    public Optional<DeskBooking> booking(String confirmation) {
        if (confirmation == null || confirmation.length() > 20) {
            return Optional.empty();
        }
        return replica.one(
                BOOKINGS + "WHERE CONFIRMATION = ?",
                DeskQueries::bookingRow,
                confirmation.strip().toUpperCase(Locale.ROOT));
    }

    /** The booking a walk-in or reservation taken at the desk under a D-number became at its re-entry. */
    public Optional<String> cloudBookingOf(String dNumber) {
        if (dNumber == null || dNumber.length() > 20) {
            return Optional.empty();
        }
        return replica.one(
                "SELECT CLOUD_CONFIRMATION FROM D_NUMBER_MAP WHERE D_NUMBER = ?",
                rs -> rs.getString(1),
                dNumber.strip().toUpperCase(Locale.ROOT));
    }

    /** The D-number a cloud booking was taken under at the desk, and when that outage began; empty for the others. */
    public Optional<TakenAtDesk> takenAtDesk(String cloudConfirmation) {
        return replica.one(
                "SELECT m.D_NUMBER, MIN(o.STARTED_AT) AS STARTED_AT FROM D_NUMBER_MAP m, OUTAGE_JOURNAL j, OUTAGE o"
                        + " WHERE m.CLOUD_CONFIRMATION = ? AND j.BOOKING_REF = m.D_NUMBER AND o.ID = j.OUTAGE_ID"
                        + " GROUP BY m.D_NUMBER ORDER BY m.D_NUMBER FETCH FIRST 1 ROWS ONLY",
                rs -> new TakenAtDesk(rs.getString(1), Replica.instant(rs, "STARTED_AT")),
                cloudConfirmation);
    }

    /** The cloud's version of a booking as the replica holds it, whatever the desk did to it. */
    public Optional<DeskBooking> cloudVersion(String confirmation) {
        return replica.one(
                "SELECT CONFIRMATION, 'CLOUD' AS ORIGIN, STATUS, GUEST_ID, FIRST_NAME, LAST_NAME, SEARCH_NAME, EMAIL, PHONE,"
                        + " SOURCE_CODE, ROOM_TYPE, ROOM_NUMBER, ARRIVAL, DEPARTURE, ADULTS, CHILDREN, RATE, CANCEL_REASON, NOTES"
                        + " FROM BOOKING WHERE CONFIRMATION = ?",
                DeskQueries::bookingRow,
                confirmation);
    }

    public List<DeskBooking> arrivals(LocalDate date) {
        return replica.list(
                BOOKINGS
                        + "WHERE STATUS = 'RESERVED' AND ARRIVAL <= ? AND DEPARTURE > ? ORDER BY LAST_NAME, FIRST_NAME",
                DeskQueries::bookingRow,
                date,
                date);
    }

    public List<DeskBooking> inHouse() {
        return replica.list(
                BOOKINGS + "WHERE STATUS = 'CHECKED_IN' ORDER BY ROOM_NUMBER, LAST_NAME", DeskQueries::bookingRow);
    }

    /** A RENT charge dated a night on a booking's folio, and how much of it voids have taken back. */
    public record NightRentLine(String confirmation, long lineId, BigDecimal amount, BigDecimal voided) {}

    /** Every RENT charge dated this night (the cloud's copy and the desk's lines), with what was voided of each. */
    public List<NightRentLine> rentLinesFor(LocalDate night) {
        return replica.list(
                "SELECT l.CONFIRMATION, l.LINE_ID, l.AMOUNT, COALESCE((SELECT SUM(-v.AMOUNT) FROM DESK_FOLIO_LINE v"
                        + " WHERE v.REVERSES_LINE_ID = l.LINE_ID), 0) FROM DESK_FOLIO_LINE l WHERE l.LINE_KIND = 'CHARGE'"
                        + " AND l.CODE = 'RENT' AND l.BUSINESS_DATE = ? AND l.REVERSES_LINE_ID IS NULL ORDER BY l.LINE_ID",
                rs -> new NightRentLine(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
                night);
    }

    public List<DeskBooking> departures(LocalDate date) {
        return replica.list(
                BOOKINGS + "WHERE STATUS = 'CHECKED_IN' AND DEPARTURE <= ? ORDER BY ROOM_NUMBER",
                DeskQueries::bookingRow,
                date);
    }

    /**
     * By guest name (start of the last name, or "last first"), confirmation or D-number, or room number. Newest stays
     * first.
     */
    public List<DeskBooking> search(String query) {
        String q = query == null ? "" : query.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (q.isEmpty()) {
            return List.of();
        }
        String like = q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return replica.list(
                BOOKINGS + "WHERE CONFIRMATION = ? OR ROOM_NUMBER = ? OR SEARCH_NAME LIKE ? ESCAPE '!'"
                        + " OR CONFIRMATION IN (SELECT CLOUD_CONFIRMATION FROM D_NUMBER_MAP WHERE D_NUMBER = ?)"
                        + " ORDER BY ARRIVAL DESC, LAST_NAME OFFSET 0 ROWS FETCH NEXT " + LIMIT + " ROWS ONLY",
                DeskQueries::bookingRow,
                q,
                q,
                like,
                q);
    }

    public List<FolioEntry> folio(String confirmation) {
        return replica.list(
                "SELECT * FROM DESK_FOLIO_LINE WHERE CONFIRMATION = ? ORDER BY BUSINESS_DATE, ORIGIN, ABS(LINE_ID)",
                DeskQueries::folioLineRow,
                confirmation);
    }

    public Optional<FolioEntry> folioLine(String confirmation, long lineId) {
        return replica.one(
                "SELECT * FROM DESK_FOLIO_LINE WHERE CONFIRMATION = ? AND LINE_ID = ?",
                DeskQueries::folioLineRow,
                confirmation,
                lineId);
    }

    /** Already reversed (voided or refunded) amount of a line, as a positive number. */
    public BigDecimal reversed(long lineId) {
        return replica.one(
                        "SELECT COALESCE(SUM(-AMOUNT), 0) FROM DESK_FOLIO_LINE WHERE REVERSES_LINE_ID = ?",
                        rs -> rs.getBigDecimal(1),
                        lineId)
                .orElse(BigDecimal.ZERO);
    }

    public BigDecimal balance(String confirmation) {
        return replica.one(
                        "SELECT COALESCE(SUM(CASE WHEN LINE_KIND = 'PAYMENT' THEN -AMOUNT ELSE AMOUNT END), 0)"
                                + " FROM DESK_FOLIO_LINE WHERE CONFIRMATION = ?",
                        rs -> rs.getBigDecimal(1),
                        confirmation)
                .orElse(BigDecimal.ZERO);
    }

    /**
     * Every booking's balance in one pass over the folio lines, for printouts that list thousands of guests: one query
     * per guest was what made the downtime pack of a large property take minutes.
     */
    public Map<String, BigDecimal> balancesByConfirmation() {
        Map<String, BigDecimal> balances = new HashMap<>();
        for (Map.Entry<String, BigDecimal> e : replica.list(
                "SELECT CONFIRMATION, SUM(" + SIGNED_AMOUNT + ") FROM DESK_FOLIO_LINE GROUP BY CONFIRMATION",
                rs -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))) {
            balances.put(e.getKey(), e.getValue());
        }
        return balances;
    }

    /** A booking with what the guest owes (positive) or is owed (negative). */
    public record Owing(DeskBooking booking, BigDecimal balance) {}

    /** Every booking with a balance other than zero, with its whole booking, in one query. */
    public List<Owing> owing() {
        return replica.list(
                "SELECT b.*, f.BALANCE FROM DESK_BOOKING b JOIN (SELECT CONFIRMATION, SUM(" + SIGNED_AMOUNT + ")"
                        + " AS BALANCE FROM DESK_FOLIO_LINE GROUP BY CONFIRMATION) f ON f.CONFIRMATION = b.CONFIRMATION"
                        + " WHERE f.BALANCE <> 0 ORDER BY b.ROOM_NUMBER, b.LAST_NAME",
                rs -> new Owing(bookingRow(rs), rs.getBigDecimal("BALANCE")));
    }

    /** Guests who owe or are owed money: in-house or departed, any balance other than zero. */
    public List<Balance> balances() {
        return replica.list(
                "SELECT b.CONFIRMATION, b.LAST_NAME, b.FIRST_NAME, b.ROOM_NUMBER, b.STATUS, f.BALANCE FROM DESK_BOOKING b"
                        + " JOIN (SELECT CONFIRMATION, SUM(CASE WHEN LINE_KIND = 'PAYMENT' THEN -AMOUNT ELSE AMOUNT END)"
                        + " AS BALANCE FROM DESK_FOLIO_LINE GROUP BY CONFIRMATION) f ON f.CONFIRMATION = b.CONFIRMATION"
                        + " WHERE f.BALANCE <> 0 ORDER BY b.ROOM_NUMBER, b.LAST_NAME",
                rs -> new Balance(
                        rs.getString(1),
                        rs.getString(2) + ", " + rs.getString(3),
                        rs.getString(4),
                        BookingStatus.valueOf(rs.getString(5).strip()),
                        rs.getBigDecimal(6)));
    }

    public record Balance(
            String confirmation, String guestName, String room, BookingStatus status, BigDecimal balance) {}

    /** Every active room with its occupant tonight (a checked-in guest, or an arrival holding it). */
    public List<DeskRoom> rack(LocalDate date) {
        // Two plain reads joined here rather than one join in SQL: Derby evaluated the booking view once per room,
        // which took seconds for 1,000 rooms and made the downtime pack and the rack page crawl.
        Map<String, List<Occupant>> occupants = new HashMap<>();
        for (Occupant held : replica.list(
                "SELECT ROOM_NUMBER, CONFIRMATION, LAST_NAME, FIRST_NAME FROM DESK_BOOKING WHERE " + HOLDS_ROOM
                        + " AND ROOM_NUMBER IS NOT NULL AND ARRIVAL <= ? AND DEPARTURE > ? ORDER BY CONFIRMATION",
                rs -> new Occupant(rs.getString(1), rs.getString(2), rs.getString(3) + ", " + rs.getString(4)),
                date,
                date)) {
            occupants.computeIfAbsent(held.room(), n -> new ArrayList<>()).add(held);
        }
        List<DeskRoom> rack = new ArrayList<>();
        for (DeskRoom room : activeRooms("")) {
            List<Occupant> in = occupants.getOrDefault(room.number(), List.of());
            if (in.isEmpty()) {
                rack.add(room);
            }
            // A room two bookings hold (a collision) is listed once for each, as the desk must see both.
            for (Occupant o : in) {
                rack.add(new DeskRoom(
                        room.number(),
                        room.roomType(),
                        room.housekeeping(),
                        room.outOfOrder(),
                        o.confirmation(),
                        o.name()));
            }
        }
        return rack;
    }

    private record Occupant(String room, String confirmation, String name) {}

    public Optional<DeskRoom> room(String number) {
        return replica.one(
                "SELECT ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER FROM DESK_ROOM WHERE ROOM_NUMBER = ? AND ACTIVE = TRUE",
                DeskQueries::roomRow,
                number);
    }

    /** Active, in-order rooms no other booking holds for any night of the stay; dirty ones are listed too. */
    public List<DeskRoom> freeRooms(LocalDate arrival, LocalDate departure, String exceptConfirmation) {
        // The rooms held for these nights are read once, not looked up per room (see rack).
        Set<String> held = new HashSet<>(replica.list(
                "SELECT ROOM_NUMBER FROM DESK_BOOKING WHERE " + HOLDS_ROOM
                        + " AND ROOM_NUMBER IS NOT NULL AND ARRIVAL < ? AND DEPARTURE > ? AND CONFIRMATION <> ?",
                rs -> rs.getString(1),
                departure,
                arrival,
                exceptConfirmation == null ? "" : exceptConfirmation));
        return activeRooms(" AND OUT_OF_ORDER = FALSE").stream()
                .filter(r -> !held.contains(r.number()))
                .toList();
    }

    /** Every active room, in order or not, without occupants: what a room choice counts when none is free. */
    public List<DeskRoom> activeRooms() {
        return activeRooms("");
    }

    private List<DeskRoom> activeRooms(String andWhere) {
        return replica.list(
                "SELECT ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER FROM DESK_ROOM WHERE ACTIVE = TRUE"
                        + andWhere + " ORDER BY ROOM_NUMBER",
                DeskQueries::roomRow);
    }

    /** The booking holding a room for part of these nights, other than {@code exceptConfirmation}. */
    public Optional<String> roomHeldBy(String room, LocalDate arrival, LocalDate departure, String exceptConfirmation) {
        return replica.one(
                "SELECT CONFIRMATION FROM DESK_BOOKING WHERE ROOM_NUMBER = ? AND " + HOLDS_ROOM
                        + " AND ARRIVAL < ? AND DEPARTURE > ? AND CONFIRMATION <> ? FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getString(1),
                room,
                departure,
                arrival,
                exceptConfirmation == null ? "" : exceptConfirmation);
    }

    /** Active codes of one kind of the standby's own master data, with default prices, for the forms' choices. */
    public List<Code> codes(String kind) {
        return replica.list(
                "SELECT CODE, DESCRIPTION, DEFAULT_PRICE, CARD FROM MASTER_DATA WHERE KIND = ? AND ACTIVE = TRUE ORDER BY CODE",
                rs -> new Code(
                        rs.getString(1), rs.getString(2), rs.getBigDecimal(3), Boolean.TRUE.equals(rs.getObject(4))),
                kind);
    }

    /** A code's description from the standby's master data, active or not; the code itself when it has none. */
    public String codeDescription(String kind, String code) {
        return replica.one(
                        "SELECT DESCRIPTION FROM MASTER_DATA WHERE KIND = ? AND CODE = ?",
                        rs -> rs.getString(1),
                        kind,
                        code)
                .filter(d -> !d.isBlank())
                .orElse(code);
    }

    public Optional<Code> code(String kind, String code) {
        return codes(kind).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public record Code(String code, String description, BigDecimal defaultPrice, boolean card) {
        public String label() {
            return description == null || description.isBlank() ? code : code + " – " + description;
        }
    }

    private static DeskRoom roomRow(ResultSet rs) throws SQLException {
        return new DeskRoom(
                rs.getString(1),
                rs.getString(2),
                Housekeeping.valueOf(rs.getString(3).strip()),
                rs.getBoolean(4),
                null,
                null);
    }

    private static DeskBooking bookingRow(ResultSet rs) throws SQLException {
        return new DeskBooking(
                rs.getString("CONFIRMATION"),
                BookingOrigin.valueOf(rs.getString("ORIGIN").strip()),
                BookingStatus.valueOf(rs.getString("STATUS").strip()),
                (Long) rs.getObject("GUEST_ID"),
                rs.getString("FIRST_NAME"),
                rs.getString("LAST_NAME"),
                rs.getString("EMAIL"),
                rs.getString("PHONE"),
                BookingColumns.terms(rs));
    }

    private static FolioEntry folioLineRow(ResultSet rs) throws SQLException {
        return new FolioEntry(
                rs.getLong("LINE_ID"),
                FolioLineColumns.posting(rs),
                FolioLineColumns.reversesLineId(rs),
                LineOrigin.valueOf(rs.getString("ORIGIN").strip()));
    }
}
