package app.innkeep.cloud.booking;

import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.room.Rooms;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.event.PropertyEvent.BookingNoShow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Marking a reserved booking a no-show, from its arrival day on; its room nights are sold again. */
@Singleton
public class MarkingNoShow {

    private final PropertyAccess access;
    private final BookingViews views;
    private final BookingTransitions transitions;
    private final Rooms rooms;

    public MarkingNoShow(PropertyAccess access, BookingViews views, BookingTransitions transitions, Rooms rooms) {
        this.access = access;
        this.views = views;
        this.transitions = transitions;
        this.rooms = rooms;
    }

    @Transactional
    public BookingResponse markNoShow(Caller caller, String propertyCode, String confirmation) {
        PropertyRow property = access.requireForChange(caller, propertyCode, DeskStaff.ROLES);
        BookingRow before = views.existing(property, confirmation);
        BookingTransitions.requireStatus(before, BookingStatus.RESERVED, "marked a no-show");
        if (before.arrival().isAfter(property.businessDate())) {
            throw Problem.conflict(
                    "not-arrived-yet",
                    "arrival",
                    "the guest is due on " + before.arrival() + "; a no-show can be recorded from that day");
        }
        return transitions.apply(
                caller.username(),
                property,
                before,
                before.with(BookingStatus.NO_SHOW),
                "booking.no-show",
                BookingNoShow::new,
                () -> rooms.releaseNights(before.id()));
    }
}
