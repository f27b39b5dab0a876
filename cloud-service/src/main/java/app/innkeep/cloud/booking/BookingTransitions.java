package app.innkeep.cloud.booking;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.PropertyEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.function.Function;

/**
 * A booking moving from one status to the next (cancelled, no-show, checked in, checked out): its side effects, the
 * new row, the audit trail and the feed event the use case names.
 */
@Singleton
public class BookingTransitions {

    private final Bookings bookings;
    private final BookingViews views;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public BookingTransitions(Bookings bookings, BookingViews views, AuditTrail audit, Outbox outbox, Clock clock) {
        this.bookings = bookings;
        this.views = views;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    BookingResponse apply(
            String actor,
            PropertyRow property,
            BookingRow before,
            BookingRow after,
            String action,
            Function<BookingState, PropertyEvent> event,
            Runnable effects) {
        BookingResponse beforeResponse = views.response(before);
        effects.run();
        bookings.update(after, clock.instant());
        BookingResponse afterResponse = views.response(after);
        audit.record(property.id(), actor, action, "booking", after.confirmation(), beforeResponse, afterResponse);
        outbox.append(property, actor, event.apply(views.state(after)));
        return afterResponse;
    }

    static void requireStatus(BookingRow booking, BookingStatus required, String verb) {
        if (booking.status() != required) {
            throw Problem.conflict(
                    "wrong-status",
                    "status",
                    "booking " + booking.confirmation() + " is " + booking.status() + "; only a " + required
                            + " booking can be " + verb);
        }
    }
}
