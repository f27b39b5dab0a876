package app.innkeep.cloud.booking;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.cloud.guest.Guests;
import app.innkeep.jdbc.BookingColumns;
import app.innkeep.model.BookingStatus;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The bookings table. */
@Store
@Singleton
public class Bookings {

    static final String COLUMNS =
            "B.ID, B.PROPERTY_ID, B.CONFIRMATION, B.GUEST_ID, B.SOURCE_CODE, B.ROOM_TYPE, B.ROOM_NUMBER,"
                    + " B.ARRIVAL, B.DEPARTURE, B.ADULTS, B.CHILDREN, B.RATE, B.STATUS, B.CANCEL_REASON, B.NOTES, B.CREATED_AT, B.UPDATED_AT";

    private static final String INSERT = "INSERT INTO BOOKING (PROPERTY_ID, CONFIRMATION, GUEST_ID, STATUS, "
            + String.join(", ", BookingColumns.STAY) + ", CREATED_AT, UPDATED_AT) VALUES ("
            + String.join(", ", Collections.nCopies(6 + BookingColumns.STAY.size(), "?")) + ")";
    private static final String UPDATE = "UPDATE BOOKING SET STATUS = ?, " + String.join(" = ?, ", BookingColumns.STAY)
            + " = ?, UPDATED_AT = ? WHERE PROPERTY_ID = ? AND ID = ?";

    private final Db db;

    public Bookings(Db db) {
        this.db = db;
    }

    public Optional<BookingRow> byConfirmation(long propertyId, String confirmation) {
        return db.one(
                "SELECT " + COLUMNS + " FROM BOOKING B WHERE B.PROPERTY_ID = ? AND B.CONFIRMATION = ?",
                Bookings::map,
                propertyId,
                confirmation);
    }

    /** The booking a standby D-number became when it was re-entered (none for anything that is not a D-number). */
    public Optional<BookingRow> byAlias(long propertyId, String alias) {
        if (!isAlias(alias)) {
            return Optional.empty();
        }
        return db.one(
                "SELECT " + COLUMNS
                        + " FROM BOOKING B JOIN BOOKING_ALIAS A ON A.BOOKING_ID = B.ID WHERE A.PROPERTY_ID = ? AND A.ALIAS = ?",
                Bookings::map,
                propertyId,
                alias);
    }

    /** Records that the standby's D-number {@code alias} is this booking in the cloud. */
    public void insertAlias(long propertyId, String alias, long bookingId, Instant now) {
        db.update(
                "INSERT INTO BOOKING_ALIAS (PROPERTY_ID, ALIAS, BOOKING_ID, CREATED_AT) VALUES (?, ?, ?, ?)",
                propertyId,
                alias,
                bookingId,
                now);
    }

    /** A standby D-number: {@code D} and up to 19 letters or digits (cloud confirmation numbers are digits only). */
    public static boolean isAlias(String ref) {
        return ref != null && ref.matches("D[A-Z0-9]{1,19}");
    }

    public Optional<BookingRow> byId(long propertyId, long id) {
        return db.one(
                "SELECT " + COLUMNS + " FROM BOOKING B WHERE B.PROPERTY_ID = ? AND B.ID = ?",
                Bookings::map,
                propertyId,
                id);
    }

    public java.util.List<BookingRow> ofGuest(long propertyId, long guestId) {
        return db.list(
                "SELECT " + COLUMNS + " FROM BOOKING B WHERE B.PROPERTY_ID = ? AND B.GUEST_ID = ? ORDER BY B.ID",
                Bookings::map,
                propertyId,
                guestId);
    }

    /** Search criteria; null means "any". {@code text} matches a confirmation number, a room or part of a guest name. */
    public record Criteria(
            String text,
            String room,
            BookingStatus status,
            LocalDate arrival,
            LocalDate departure,
            LocalDate inHouseOn,
            int offset,
            int limit) {}

    public List<BookingRow> search(long propertyId, Criteria c) {
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS + " FROM BOOKING B JOIN GUEST G ON G.ID = B.GUEST_ID WHERE B.PROPERTY_ID = ?");
        List<Object> params = new ArrayList<>(List.of(propertyId));
        if (c.text() != null) {
            sql.append(" AND (B.CONFIRMATION = ? OR B.ROOM_NUMBER = ? OR G.SEARCH_NAME LIKE ?");
            String upper = Guests.searchName(c.text());
            params.addAll(List.of(upper, upper, "%" + upper + "%"));
            String alias = c.text().strip().toUpperCase(java.util.Locale.ROOT);
            if (isAlias(alias)) {
                // A standby D-number finds the cloud booking it was re-entered as.
                sql.append(
                        " OR B.ID IN (SELECT A.BOOKING_ID FROM BOOKING_ALIAS A WHERE A.PROPERTY_ID = ? AND A.ALIAS = ?)");
                params.addAll(List.of(propertyId, alias));
            }
            sql.append(")");
        }
        if (c.room() != null) {
            sql.append(" AND B.ROOM_NUMBER = ?");
            params.add(c.room());
        }
        if (c.status() != null) {
            sql.append(" AND B.STATUS = ?");
            params.add(c.status());
        }
        if (c.arrival() != null) {
            sql.append(" AND B.ARRIVAL = ?");
            params.add(c.arrival());
        }
        if (c.departure() != null) {
            sql.append(" AND B.DEPARTURE = ?");
            params.add(c.departure());
        }
        if (c.inHouseOn() != null) {
            sql.append(" AND B.STATUS = 'CHECKED_IN' AND B.ARRIVAL <= ? AND B.DEPARTURE > ?");
            params.add(c.inHouseOn());
            params.add(c.inHouseOn());
        }
        sql.append(" ORDER BY B.ARRIVAL, B.CONFIRMATION OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        params.add(c.offset());
        params.add(c.limit());
        return db.list(sql.toString(), Bookings::map, params.toArray());
    }

    /** Bookings of a room type that hold inventory on any night of [from, to). */
    public List<BookingRow> holdingInventory(long propertyId, String roomType, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS
                        + " FROM BOOKING B WHERE B.PROPERTY_ID = ? AND B.STATUS IN ('RESERVED', 'CHECKED_IN') AND B.ARRIVAL < ? AND B.DEPARTURE > ?");
        List<Object> params = new ArrayList<>(List.of(propertyId, to, from));
        if (roomType != null) {
            sql.append(" AND B.ROOM_TYPE = ?");
            params.add(roomType);
        }
        return db.list(sql.toString(), Bookings::map, params.toArray());
    }

    public long insert(BookingRow b) {
        Object[] row = new Object[6 + BookingColumns.STAY.size()];
        row[0] = b.propertyId();
        row[1] = b.confirmation();
        row[2] = b.guestId();
        row[3] = b.status();
        int at = BookingColumns.putStay(row, 4, b);
        row[at] = b.createdAt();
        row[at + 1] = b.updatedAt();
        return db.insert(INSERT, row);
    }

    public void update(BookingRow b, Instant now) {
        Object[] row = new Object[4 + BookingColumns.STAY.size()];
        row[0] = b.status();
        int at = BookingColumns.putStay(row, 1, b);
        row[at] = now;
        row[at + 1] = b.propertyId();
        row[at + 2] = b.id();
        db.update(UPDATE, row);
    }

    static BookingRow map(ResultSet rs) throws SQLException {
        return new BookingRow(
                rs.getLong("ID"),
                rs.getLong("PROPERTY_ID"),
                rs.getString("CONFIRMATION"),
                rs.getLong("GUEST_ID"),
                BookingStatus.valueOf(rs.getString("STATUS")),
                BookingColumns.terms(rs),
                Db.instant(rs, "CREATED_AT"),
                Db.instant(rs, "UPDATED_AT"));
    }
}
