package app.innkeep.cloud.groups;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.reports.PackGuest;
import app.innkeep.reports.PackRoom;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The downtime pack's lines read from the cloud's own tables, with the same rules as the standby's pack from its
 * replica: arrivals are reservations whose stay covers the date, in house is every checked-in booking, departures are
 * checked-in bookings due out by the date, balances are charges minus payments, and rooms show who sleeps in them.
 */
@Store
@Singleton
public class DowntimePackRows {

    private static final String BALANCES = "(SELECT BOOKING_ID, SUM(CASE WHEN LINE_KIND = 'CHARGE' THEN AMOUNT"
            + " ELSE -AMOUNT END) AS BALANCE FROM FOLIO_LINE WHERE PROPERTY_ID = ? GROUP BY BOOKING_ID)";
    private static final String GUESTS = "SELECT B.CONFIRMATION, G.FIRST_NAME, G.LAST_NAME, B.ROOM_NUMBER, B.ROOM_TYPE,"
            + " B.ARRIVAL, B.DEPARTURE, B.ADULTS, B.CHILDREN, B.STATUS, F.BALANCE FROM BOOKING B"
            + " JOIN GUEST G ON G.ID = B.GUEST_ID LEFT JOIN " + BALANCES + " F ON F.BOOKING_ID = B.ID"
            + " WHERE B.PROPERTY_ID = ? AND ";

    private final Db db;

    public DowntimePackRows(Db db) {
        this.db = db;
    }

    public List<PackGuest> arrivals(long propertyId, LocalDate date) {
        return db.list(
                GUESTS
                        + "B.STATUS = 'RESERVED' AND B.ARRIVAL <= ? AND B.DEPARTURE > ? ORDER BY G.LAST_NAME, G.FIRST_NAME",
                DowntimePackRows::guest,
                propertyId,
                propertyId,
                date,
                date);
    }

    public List<PackGuest> inHouse(long propertyId) {
        return db.list(
                GUESTS + "B.STATUS = 'CHECKED_IN' ORDER BY B.ROOM_NUMBER, G.LAST_NAME",
                DowntimePackRows::guest,
                propertyId,
                propertyId);
    }

    public List<PackGuest> departures(long propertyId, LocalDate date) {
        return db.list(
                GUESTS + "B.STATUS = 'CHECKED_IN' AND B.DEPARTURE <= ? ORDER BY B.ROOM_NUMBER",
                DowntimePackRows::guest,
                propertyId,
                propertyId,
                date);
    }

    /** Every booking whose guest owes money or is owed it, whatever its state. */
    public List<PackGuest> owing(long propertyId) {
        return db.list(
                GUESTS + "F.BALANCE <> 0 ORDER BY B.ROOM_NUMBER, G.LAST_NAME",
                DowntimePackRows::guest,
                propertyId,
                propertyId);
    }

    public List<PackRoom> rooms(long propertyId) {
        return db.list(
                "SELECT R.ROOM_NUMBER, R.ROOM_TYPE, R.HOUSEKEEPING, R.OUT_OF_ORDER, B.CONFIRMATION, G.FIRST_NAME,"
                        + " G.LAST_NAME FROM ROOM R LEFT JOIN BOOKING B ON B.PROPERTY_ID = R.PROPERTY_ID"
                        + " AND B.ROOM_NUMBER = R.ROOM_NUMBER AND B.STATUS = 'CHECKED_IN'"
                        + " LEFT JOIN GUEST G ON G.ID = B.GUEST_ID WHERE R.PROPERTY_ID = ? AND R.ACTIVE = ?"
                        + " ORDER BY R.ROOM_NUMBER",
                rs -> new PackRoom(
                        rs.getString("ROOM_NUMBER"),
                        rs.getString("ROOM_TYPE"),
                        rs.getString("HOUSEKEEPING"),
                        rs.getBoolean("OUT_OF_ORDER"),
                        rs.getString("CONFIRMATION") == null ? "" : rs.getString("CONFIRMATION") + " · " + name(rs)),
                propertyId,
                true);
    }

    private static PackGuest guest(ResultSet rs) throws SQLException {
        BigDecimal balance = rs.getBigDecimal("BALANCE");
        return new PackGuest(
                rs.getString("CONFIRMATION"),
                name(rs),
                rs.getString("ROOM_NUMBER"),
                rs.getString("ROOM_TYPE"),
                Db.date(rs, "ARRIVAL"),
                Db.date(rs, "DEPARTURE"),
                rs.getInt("ADULTS"),
                rs.getInt("CHILDREN"),
                rs.getString("STATUS"),
                balance == null ? BigDecimal.ZERO.setScale(2) : balance.setScale(2));
    }

    /** As the standby's pack prints it: "Last, First". */
    private static String name(ResultSet rs) throws SQLException {
        return (rs.getString("LAST_NAME") + ", " + rs.getString("FIRST_NAME")).strip();
    }
}
