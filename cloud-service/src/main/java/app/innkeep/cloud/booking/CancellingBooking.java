package app.innkeep.cloud.booking;

import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.booking.BookingRequests.CancelRequest;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.FreeText;
import app.innkeep.model.event.PropertyEvent.BookingCancelled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Cancelling a reserved booking, with a reason; its room nights are sold again. */
@Singleton
public class CancellingBooking {

    private final PropertyAccess access;
    private final BookingViews views;
    private final BookingTransitions transitions;
    private final Rooms rooms;
    private final Clock clock;

    public CancellingBooking(
            PropertyAccess access, BookingViews views, BookingTransitions transitions, Rooms rooms, Clock clock) {
        this.access = access;
        this.views = views;
        this.transitions = transitions;
        this.rooms = rooms;
        this.clock = clock;
    }

    @Transactional
    public BookingResponse cancel(Caller caller, String propertyCode, String confirmation, CancelRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        return cancel(caller.username(), property, confirmation, request);
    }

    /** Cancels a booking inside the caller's transaction. */
    public BookingResponse cancel(String actor, PropertyRow property, String confirmation, CancelRequest request) {
        BookingRow before = views.existing(property, confirmation);
        Problem.refuse("reason", FreeText.cardNumber(request.reason()));
        BookingTransitions.requireStatus(before, BookingStatus.RESERVED, "cancelled");
        BookingRow after = before.transitioned(
                BookingStatus.CANCELLED,
                before.room(),
                before.departure(),
                request.reason().strip(),
                clock.instant());
        return transitions.apply(
                actor,
                property,
                before,
                after,
                "booking.cancelled",
                BookingCancelled::new,
                () -> rooms.releaseNights(before.id()));
    }
}
