package app.innkeep.model.snapshot;

import static app.innkeep.model.json.JsonObject.fields;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.GuestState;
import app.innkeep.model.json.JsonObject;
import java.util.Map;

/**
 * What a property lets its standby keep, as the cloud tells it in a snapshot's header and on every feed page: how many
 * days of departed bookings, and whether guests' contact details (e-mail, phone) and booking notes travel at all.
 * {@code version} grows with every change of the choice (0: never chosen, the cloud's defaults); a standby that sees a
 * version other than the one its copy was made under resyncs, so data the new choice leaves out is gone from it and
 * data it lets in again arrives.
 */
public record KeptOnStandby(long version, int historyDays, boolean contactDetails, boolean notes) {

    /** Whether every field travels: the feed then sends its events exactly as stored. */
    public boolean everyField() {
        return contactDetails && notes;
    }

    public Map<String, Object> toFields() {
        return fields("version", version, "historyDays", historyDays, "contactDetails", contactDetails, "notes", notes);
    }

    /** Read tolerantly: {@code null} when the object is absent (a cloud older than the choice sends none). */
    public static KeptOnStandby of(JsonObject o) {
        if (o == null) {
            return null;
        }
        return new KeptOnStandby(
                o.requiredLong("version"),
                o.requiredInt("historyDays"),
                o.bool("contactDetails", true),
                o.bool("notes", true));
    }

    /** The booking as the standby may have it: contact details and notes absent when the choice leaves them out. */
    public BookingState keptOf(BookingState b) {
        if (everyField()) {
            return b;
        }
        GuestState g = b.guest();
        GuestState guest = contactDetails ? g : new GuestState(g.id(), g.firstName(), g.lastName(), null, null);
        return new BookingState(
                b.confirmation(),
                b.status(),
                guest,
                b.source(),
                b.roomType(),
                b.room(),
                b.arrival(),
                b.departure(),
                b.adults(),
                b.children(),
                b.rate(),
                b.cancelReason(),
                notes ? b.notes() : null);
    }

    /**
     * Removes what the choice leaves out from an event in its parsed wire form (see {@code EventCodec}), in place:
     * the booking's guest's {@code email} and {@code phone}, and the booking's {@code notes}. Fields are taken out, not
     * blanked, so the standby cannot tell a left-out field from one that was never there except by this choice.
     * Events without a booking are left as they are.
     */
    @SuppressWarnings("unchecked")
    public void leaveOut(Map<String, Object> event) {
        if (!(event.get("data") instanceof Map<?, ?> data) || !(data.get("booking") instanceof Map<?, ?> booking)) {
            return;
        }
        if (!notes) {
            ((Map<String, Object>) booking).remove("notes");
        }
        if (!contactDetails && booking.get("guest") instanceof Map<?, ?> guest) {
            ((Map<String, Object>) guest).remove("email");
            ((Map<String, Object>) guest).remove("phone");
        }
    }
}
