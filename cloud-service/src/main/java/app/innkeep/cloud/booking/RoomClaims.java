package app.innkeep.cloud.booking;

import app.innkeep.cloud.masterdata.MasterCodeRow;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.RoomRow;
import app.innkeep.cloud.room.Rooms;
import jakarta.inject.Singleton;

/**
 * Whether a room may be sold to a booking, and claiming it night by night in {@code ROOM_NIGHT}, so the database
 * itself refuses a double booking (ADR 0004).
 */
@Singleton
public class RoomClaims {

    private final Rooms rooms;
    private final Bookings bookings;

    public RoomClaims(Rooms rooms, Bookings bookings) {
        this.rooms = rooms;
        this.bookings = bookings;
    }

    void claim(long propertyId, String room, Stay stay, long bookingId) {
        rooms.occupyingBooking(propertyId, room, stay.arrival(), stay.departure(), bookingId)
                .ifPresent(other -> {
                    String otherConfirmation = bookings.byId(propertyId, other)
                            .map(BookingRow::confirmation)
                            .orElse("another booking");
                    throw Problem.conflict(
                            "room-taken",
                            "room",
                            "room " + room + " is already booked by " + otherConfirmation + " for part of "
                                    + stay.arrival() + " to " + stay.departure());
                });
        // Even if a concurrent request slipped past the check above, the room-night key refuses the second booking.
        rooms.claimNights(propertyId, room, stay.arrival(), stay.departure(), bookingId);
    }

    RoomRow requireSellable(PropertyRow property, String number, String roomType, String field) {
        RoomRow room =
                rooms.find(property.id(), number).orElseThrow(() -> Problem.invalid(field, "unknown room " + number));
        if (!room.active()) {
            throw Problem.invalid(field, "room " + number + " is deactivated");
        }
        if (room.outOfOrder()) {
            throw Problem.conflict("room-out-of-order", field, "room " + number + " is out of order");
        }
        if (!room.roomType().equals(roomType)) {
            throw Problem.invalid(
                    field, "room " + number + " is a " + room.roomType() + ", the booking is for " + roomType);
        }
        return room;
    }

    static void requireOccupancy(MasterCodeRow roomType, int adults, int children) {
        if (roomType.maxOccupancy() != null && adults + children > roomType.maxOccupancy()) {
            throw Problem.invalid(
                    "adults", "room type " + roomType.code() + " sleeps at most " + roomType.maxOccupancy());
        }
    }
}
