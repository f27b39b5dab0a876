package app.innkeep.cloud.room;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.model.Housekeeping;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rooms and their booked nights. */
@Store
@Singleton
public class Rooms {

    private static final String SELECT =
            "SELECT PROPERTY_ID, ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE FROM ROOM";

    private final Db db;

    public Rooms(Db db) {
        this.db = db;
    }

    public List<RoomRow> list(long propertyId) {
        return db.list(SELECT + " WHERE PROPERTY_ID = ? ORDER BY ROOM_NUMBER", Rooms::map, propertyId);
    }

    public Optional<RoomRow> find(long propertyId, String number) {
        return db.one(SELECT + " WHERE PROPERTY_ID = ? AND ROOM_NUMBER = ?", Rooms::map, propertyId, number);
    }

    public void insert(RoomRow room, Instant now) {
        db.update(
                "INSERT INTO ROOM (PROPERTY_ID, ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
                room.propertyId(),
                room.number(),
                room.roomType(),
                room.housekeeping(),
                room.outOfOrder(),
                room.active(),
                now);
    }

    public void update(RoomRow room, Instant now) {
        db.update(
                "UPDATE ROOM SET ROOM_TYPE = ?, HOUSEKEEPING = ?, OUT_OF_ORDER = ?, ACTIVE = ?, UPDATED_AT = ? WHERE PROPERTY_ID = ? AND ROOM_NUMBER = ?",
                room.roomType(),
                room.housekeeping(),
                room.outOfOrder(),
                room.active(),
                now,
                room.propertyId(),
                room.number());
    }

    /** Active, in-order rooms of a type. */
    public long sellableCount(long propertyId, String roomType) {
        return db.count(
                "SELECT COUNT(*) FROM ROOM WHERE PROPERTY_ID = ? AND ROOM_TYPE = ? AND ACTIVE = TRUE AND OUT_OF_ORDER = FALSE",
                propertyId,
                roomType);
    }

    /**
     * Claims the room for each night of [arrival, departure). The primary key on (property, room, night) refuses a
     * second booking for any of those nights, even from a concurrent transaction (ADR 0004).
     */
    public void claimNights(long propertyId, String number, LocalDate arrival, LocalDate departure, long bookingId) {
        List<Object[]> rows = arrival.datesUntil(departure)
                .map(night -> new Object[] {propertyId, number, night, bookingId})
                .toList();
        db.batch("INSERT INTO ROOM_NIGHT (PROPERTY_ID, ROOM_NUMBER, NIGHT, BOOKING_ID) VALUES (?, ?, ?, ?)", rows);
    }

    public void releaseNights(long bookingId) {
        db.update("DELETE FROM ROOM_NIGHT WHERE BOOKING_ID = ?", bookingId);
    }

    /** Releases the nights from {@code from} on (an early departure frees the rest of the stay). */
    public void releaseNightsFrom(long bookingId, LocalDate from) {
        db.update("DELETE FROM ROOM_NIGHT WHERE BOOKING_ID = ? AND NIGHT >= ?", bookingId, from);
    }

    /** The booking, other than {@code exceptBooking}, holding the room on any night of the range, if any. */
    public Optional<Long> occupyingBooking(
            long propertyId, String number, LocalDate arrival, LocalDate departure, long exceptBooking) {
        return db
                .list(
                        "SELECT BOOKING_ID FROM ROOM_NIGHT WHERE PROPERTY_ID = ? AND ROOM_NUMBER = ? AND NIGHT >= ? AND NIGHT < ? AND BOOKING_ID <> ?"
                                + " ORDER BY NIGHT OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY",
                        rs -> rs.getLong(1),
                        propertyId,
                        number,
                        arrival,
                        departure,
                        exceptBooking)
                .stream()
                .findFirst();
    }

    static RoomRow map(ResultSet rs) throws SQLException {
        return new RoomRow(
                rs.getLong("PROPERTY_ID"),
                rs.getString("ROOM_NUMBER"),
                rs.getString("ROOM_TYPE"),
                Housekeeping.valueOf(rs.getString("HOUSEKEEPING")),
                rs.getBoolean("OUT_OF_ORDER"),
                rs.getBoolean("ACTIVE"));
    }
}
