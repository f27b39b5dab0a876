package app.innkeep.standby.desk;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.StayTerms;
import app.innkeep.model.json.Json;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A booking as the front desk sees it: the desk's own version when it changed it during an outage, the cloud's
 * otherwise. {@code origin} is CLOUD (untouched), CHANGED (a cloud booking changed here) or WALK_IN (a D-number). The
 * stay's fields ({@code source()}, {@code arrival()}...) read through {@code terms}; its JSON is flat, as it always was.
 */
@io.micronaut.serde.annotation.Serdeable
public record DeskBooking(
        String confirmation,
        BookingOrigin origin,
        BookingStatus status,
        Long guestId,
        String firstName,
        String lastName,
        String email,
        String phone,
        @JsonUnwrapped StayTerms terms)
        implements StayTerms.Held {

    public String guestName() {
        return (lastName + ", " + firstName).strip();
    }

    public long nights() {
        return java.time.temporal.ChronoUnit.DAYS.between(arrival(), departure());
    }

    public boolean walkIn() {
        return origin == BookingOrigin.WALK_IN;
    }

    public String searchName() {
        return (lastName + " " + firstName).strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    public DeskBooking with(
            BookingStatus newStatus,
            String newRoomType,
            String newRoom,
            LocalDate newArrival,
            LocalDate newDeparture,
            BigDecimal newRate,
            String newCancelReason) {
        return new DeskBooking(
                confirmation,
                origin,
                newStatus,
                guestId,
                firstName,
                lastName,
                email,
                phone,
                new StayTerms(
                        source(),
                        newRoomType,
                        newRoom,
                        newArrival,
                        newDeparture,
                        adults(),
                        children(),
                        newRate,
                        newCancelReason,
                        notes()));
    }

    public DeskBooking changedHere() {
        return origin == BookingOrigin.CLOUD
                ? new DeskBooking(
                        confirmation, BookingOrigin.CHANGED, status, guestId, firstName, lastName, email, phone, terms)
                : this;
    }

    /**
     * The booking's fields in a stable order, as {@code LOCAL_BOOKING.BASE_STATE} keeps the cloud version the desk
     * started from: a later cloud version that writes differently is a collision. Not the journal's text (that is the
     * shared {@code JournalCodec}'s); this text must stay as it is, or every stored base would look changed.
     */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("confirmation", confirmation);
        m.put("status", status.name());
        m.put("firstName", firstName);
        m.put("lastName", lastName);
        m.put("email", email);
        m.put("phone", phone);
        m.put("source", source());
        m.put("roomType", roomType());
        m.put("room", room());
        m.put("arrival", arrival().toString());
        m.put("departure", departure().toString());
        m.put("adults", adults());
        m.put("children", children());
        m.put("rate", rate());
        m.put("cancelReason", cancelReason());
        m.put("notes", notes());
        return Json.write(m);
    }
}
