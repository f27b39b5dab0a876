package app.innkeep.cloud.booking;

import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.guest.GuestRequests.GuestResponse;
import app.innkeep.cloud.guest.GuestRow;
import app.innkeep.cloud.guest.GuestService;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.GuestState;
import jakarta.inject.Singleton;

/** A booking found by the reference the desk gives, and the booking as the desk and the feed see it. */
@Singleton
public class BookingViews {

    private final Bookings bookings;
    private final GuestService guests;
    private final FolioBalances folio;

    public BookingViews(Bookings bookings, GuestService guests, FolioBalances folio) {
        this.bookings = bookings;
        this.guests = guests;
        this.folio = folio;
    }

    /** The booking by its confirmation number, or by the standby D-number it was re-entered under. */
    public BookingRow existing(PropertyRow property, String confirmation) {
        return bookings.byConfirmation(property.id(), confirmation)
                .or(() -> bookings.byAlias(property.id(), confirmation))
                .orElseThrow(() -> Problem.notFound("booking", confirmation));
    }

    public BookingResponse response(BookingRow b) {
        GuestRow g = guests.existing(b.propertyId(), b.guestId());
        return new BookingResponse(
                b.confirmation(),
                b.status(),
                GuestResponse.of(g),
                b.source(),
                b.roomType(),
                b.room(),
                b.arrival(),
                b.departure(),
                b.adults(),
                b.children(),
                b.rate(),
                folio.balance(b.propertyId(), b.id()),
                b.cancelReason(),
                b.notes());
    }

    /** The whole booking as the feed carries it. */
    public BookingState state(BookingRow b) {
        return state(b, guests.existing(b.propertyId(), b.guestId()));
    }

    /** The same, when the guest is already at hand (no second read). */
    public BookingState state(BookingRow b, GuestRow g) {
        return new BookingState(
                b.confirmation(),
                b.status().name(),
                new GuestState(g.id(), g.firstName(), g.lastName(), g.email(), g.phone()),
                b.terms());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
