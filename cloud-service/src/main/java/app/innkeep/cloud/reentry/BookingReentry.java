package app.innkeep.cloud.reentry;

import static app.innkeep.cloud.reentry.EntryFields.required;
import static app.innkeep.cloud.reentry.EntryFields.under;

import app.innkeep.cloud.booking.BookingRequests.CancelRequest;
import app.innkeep.cloud.booking.BookingRequests.CheckInRequest;
import app.innkeep.cloud.booking.BookingRequests.CreateBookingRequest;
import app.innkeep.cloud.booking.BookingRequests.ModifyBookingRequest;
import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.booking.Bookings;
import app.innkeep.cloud.booking.CancellingBooking;
import app.innkeep.cloud.booking.ChangingBooking;
import app.innkeep.cloud.booking.CheckingIn;
import app.innkeep.cloud.booking.CheckingOut;
import app.innkeep.cloud.booking.TakingBooking;
import app.innkeep.cloud.guest.GuestRequests.GuestDetails;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.reentry.ReentryRequests.EntryBooking;
import app.innkeep.model.reentry.ReentryAction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * The standby's booking actions re-entered through the desk's own use cases: a walk-in (taken and checked in under
 * its D-number), a check-in, a check-out, a change and a cancellation.
 */
@Singleton
public class BookingReentry {

    private final Bookings bookings;
    private final BookingViews views;
    private final TakingBooking taking;
    private final ChangingBooking changing;
    private final CancellingBooking cancelling;
    private final CheckingIn checkingIn;
    private final CheckingOut checkingOut;
    private final Clock clock;

    public BookingReentry(
            Bookings bookings,
            BookingViews views,
            TakingBooking taking,
            ChangingBooking changing,
            CancellingBooking cancelling,
            CheckingIn checkingIn,
            CheckingOut checkingOut,
            Clock clock) {
        this.bookings = bookings;
        this.views = views;
        this.taking = taking;
        this.changing = changing;
        this.cancelling = cancelling;
        this.checkingIn = checkingIn;
        this.checkingOut = checkingOut;
        this.clock = clock;
    }

    ReentryEffect walkIn(PropertyRow asOf, String actor, String ref, EntryBooking b) {
        BookingRow created = newBooking(asOf, actor, ref, b, ReentryAction.WALK_IN);
        under("booking", () -> checkingIn.checkIn(actor, asOf, created.confirmation(), null));
        return new ReentryEffect(created.confirmation(), null);
    }

    /**
     * A reservation for a later date taken on the standby: a RESERVED booking under the cloud's own rules (its room,
     * if it has one, free every night; its room type not sold out), found by its D-number from then on.
     */
    ReentryEffect reserve(PropertyRow asOf, String actor, String ref, EntryBooking b) {
        return new ReentryEffect(
                newBooking(asOf, actor, ref, b, ReentryAction.RESERVE).confirmation(), null);
    }

    /** A booking the standby made under a D-number, taken here and aliased to it; a walk-in always has a room. */
    private BookingRow newBooking(PropertyRow asOf, String actor, String ref, EntryBooking b, ReentryAction action) {
        if (!Bookings.isAlias(ref)) {
            throw Problem.invalid(
                    "bookingRef", "a " + what(action) + " is re-entered under its standby D-number, such as D1042");
        }
        bookings.byAlias(asOf.id(), ref).ifPresent(existing -> {
            throw Problem.conflict(
                    "already-reentered",
                    "bookingRef",
                    ref + " was already re-entered as booking " + existing.confirmation() + " by another entry");
        });
        var create = new CreateBookingRequest(
                null,
                new GuestDetails(
                        required(b.firstName(), "booking.firstName", action),
                        required(b.lastName(), "booking.lastName", action),
                        b.email(),
                        b.phone()),
                required(b.source(), "booking.source", action),
                required(b.roomType(), "booking.roomType", action),
                required(b.arrival(), "booking.arrival", action),
                required(b.departure(), "booking.departure", action),
                required(b.adults(), "booking.adults", action),
                b.children() == null ? 0 : b.children(),
                required(b.rate(), "booking.rate", action),
                action == ReentryAction.WALK_IN ? required(b.room(), "booking.room", action) : b.room(),
                b.notes());
        BookingRow created = under("booking", () -> taking.take(asOf, actor, create));
        bookings.insertAlias(asOf.id(), ref, created.id(), clock.instant());
        return created;
    }

    private static String what(ReentryAction action) {
        return action == ReentryAction.WALK_IN ? "walk-in" : "reservation";
    }

    ReentryEffect checkIn(PropertyRow asOf, String actor, String ref, EntryBooking body) {
        BookingRow b = resolve(asOf, ref);
        String room = body == null ? null : body.room();
        under("booking", () -> checkingIn.checkIn(actor, asOf, b.confirmation(), new CheckInRequest(room)));
        return new ReentryEffect(b.confirmation(), null);
    }

    ReentryEffect checkOut(PropertyRow asOf, String actor, String ref) {
        BookingRow b = resolve(asOf, ref);
        checkingOut.checkOut(actor, false, asOf, b.confirmation(), null);
        return new ReentryEffect(b.confirmation(), null);
    }

    ReentryEffect modify(PropertyRow asOf, String actor, String ref, EntryBooking b) {
        if (b.arrival() == null && b.departure() == null && b.room() == null && b.rate() == null) {
            throw Problem.invalid("booking", "MODIFY needs at least one of arrival, departure, room, rate");
        }
        BookingRow booking = resolve(asOf, ref);
        var change = new ModifyBookingRequest(
                b.arrival(), b.departure(), null, b.room(), null, null, b.rate(), null, null, null);
        under("booking", () -> changing.change(actor, asOf, booking.confirmation(), change));
        return new ReentryEffect(booking.confirmation(), null);
    }

    ReentryEffect cancel(PropertyRow asOf, String actor, String ref, EntryBooking body) {
        String reason = required(body.cancelReason(), "booking.cancelReason", ReentryAction.CANCEL);
        BookingRow b = resolve(asOf, ref);
        under("booking", () -> cancelling.cancel(actor, asOf, b.confirmation(), new CancelRequest(reason)));
        return new ReentryEffect(b.confirmation(), null);
    }

    /** A cloud confirmation number, or a D-number through the alias its walk-in was re-entered under. */
    BookingRow resolve(PropertyRow property, String ref) {
        if (ref.startsWith("D")) {
            return bookings.byAlias(property.id(), ref)
                    .orElseThrow(() -> new Problem(
                            404,
                            "not-reentered",
                            "Not found",
                            ref + " has not been re-entered yet; re-enter its walk-in or reservation first",
                            List.of()));
        }
        return views.existing(property, ref);
    }
}
