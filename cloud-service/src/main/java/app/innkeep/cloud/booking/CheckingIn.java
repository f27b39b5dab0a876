package app.innkeep.cloud.booking;

import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.booking.BookingRequests.CheckInRequest;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.RoomRow;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.event.PropertyEvent.BookingCheckedIn;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/** Checking a guest in on the arrival day or later, into a sellable room that is clean or inspected. */
@Singleton
public class CheckingIn {

    private final PropertyAccess access;
    private final BookingViews views;
    private final BookingTransitions transitions;
    private final RoomClaims claims;
    private final Rooms rooms;
    private final Clock clock;

    public CheckingIn(
            PropertyAccess access,
            BookingViews views,
            BookingTransitions transitions,
            RoomClaims claims,
            Rooms rooms,
            Clock clock) {
        this.access = access;
        this.views = views;
        this.transitions = transitions;
        this.claims = claims;
        this.rooms = rooms;
        this.clock = clock;
    }

    @Transactional
    public BookingResponse checkIn(Caller caller, String propertyCode, String confirmation, CheckInRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        return checkIn(caller.username(), property, confirmation, request);
    }

    /** Checks a guest in inside the caller's transaction, as of the property's business date. */
    public BookingResponse checkIn(String actor, PropertyRow property, String confirmation, CheckInRequest request) {
        BookingRow before = views.existing(property, confirmation);
        BookingTransitions.requireStatus(before, BookingStatus.RESERVED, "checked in");
        LocalDate today = property.businessDate();
        if (before.arrival().isAfter(today)) {
            throw Problem.conflict(
                    "not-arrived-yet",
                    "arrival",
                    "the booking arrives on " + before.arrival() + ", the business date is " + today);
        }
        if (!before.departure().isAfter(today)) {
            throw Problem.conflict(
                    "stay-over", "departure", "the stay ended on " + before.departure() + "; modify the dates first");
        }
        String room = request != null && request.room() != null ? request.room() : before.room();
        if (room == null) {
            throw Problem.invalid("room", "assign a room to check in");
        }
        RoomRow target = claims.requireSellable(property, room, before.roomType(), "room");
        if (!target.housekeeping().readyForArrival()) {
            throw Problem.conflict(
                    "room-not-ready",
                    "room",
                    "room " + room + " is " + target.housekeeping() + "; it must be clean or inspected");
        }
        BookingRow after =
                before.transitioned(BookingStatus.CHECKED_IN, room, before.departure(), null, clock.instant());
        return transitions.apply(actor, property, before, after, "booking.checked-in", BookingCheckedIn::new, () -> {
            if (!room.equals(before.room())) {
                rooms.releaseNights(before.id());
                claims.claim(property.id(), room, before.stay(), before.id());
            }
        });
    }
}
