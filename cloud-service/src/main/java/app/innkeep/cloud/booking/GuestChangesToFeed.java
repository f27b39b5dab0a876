package app.innkeep.cloud.booking;

import app.innkeep.cloud.guest.GuestUpdated;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.model.event.PropertyEvent.BookingModified;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Booking events carry their guest, so a corrected guest is a modification of each of the guest's bookings. */
@Singleton
public class GuestChangesToFeed {

    private final Bookings bookings;
    private final BookingViews views;
    private final Outbox outbox;

    public GuestChangesToFeed(Bookings bookings, BookingViews views, Outbox outbox) {
        this.bookings = bookings;
        this.views = views;
        this.outbox = outbox;
    }

    @EventListener
    public void onGuestUpdated(GuestUpdated event) {
        for (BookingRow booking : bookings.ofGuest(event.property().id(), event.guestId())) {
            outbox.append(event.property(), event.actor(), new BookingModified(views.state(booking)));
        }
    }
}
