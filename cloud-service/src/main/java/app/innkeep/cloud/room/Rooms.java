package app.innkeep.cloud.room;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rooms and their booked nights (Micronaut Data, ADR 0015). */
@Singleton
public class Rooms {

    private final RoomTable rooms;
    private final RoomNightTable nights;

    public Rooms(RoomTable rooms, RoomNightTable nights) {
        this.rooms = rooms;
        this.nights = nights;
    }

    public List<RoomRow> list(long propertyId) {
        return rooms.ofProperty(propertyId).stream().map(RoomTableRow::room).toList();
    }

    public Optional<RoomRow> find(long propertyId, String number) {
        return rooms.findById(new RoomTableRow.Key(propertyId, number)).map(RoomTableRow::room);
    }

    public void insert(RoomRow room, Instant now) {
        rooms.save(RoomTableRow.of(room, now));
    }

    public void update(RoomRow room, Instant now) {
        rooms.update(RoomTableRow.of(room, now));
    }

    /** Active, in-order rooms of a type. */
    public long sellableCount(long propertyId, String roomType) {
        return rooms.sellableCount(propertyId, roomType);
    }

    /**
     * Claims the room for each night of [arrival, departure). The primary key on (property, room, night) refuses a
     * second booking for any of those nights, even from a concurrent transaction (ADR 0004).
     */
    public void claimNights(long propertyId, String number, LocalDate arrival, LocalDate departure, long bookingId) {
        List<RoomNightTableRow> claimed = arrival.datesUntil(departure)
                .map(night -> new RoomNightTableRow(new RoomNightTableRow.Key(propertyId, number, night), bookingId))
                .toList();
        if (!claimed.isEmpty()) {
            nights.saveAll(claimed);
        }
    }

    public void releaseNights(long bookingId) {
        nights.releaseAll(bookingId);
    }

    /** Releases the nights from {@code from} on (an early departure frees the rest of the stay). */
    public void releaseNightsFrom(long bookingId, LocalDate from) {
        nights.releaseFrom(bookingId, from);
    }

    /** The booking, other than {@code exceptBooking}, holding the room on any night of the range, if any. */
    public Optional<Long> occupyingBooking(
            long propertyId, String number, LocalDate arrival, LocalDate departure, long exceptBooking) {
        return nights.firstOtherBooking(propertyId, number, arrival, departure, exceptBooking);
    }
}
