package app.innkeep.cloud.booking;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.StayTerms;
import java.time.Instant;
import java.time.LocalDate;

/** A booking as stored; its stay's fields ({@code source()}, {@code arrival()}...) read through {@code terms}. */
public record BookingRow(
        long id,
        long propertyId,
        String confirmation,
        long guestId,
        BookingStatus status,
        StayTerms terms,
        Instant createdAt,
        Instant updatedAt)
        implements StayTerms.Held {

    public Stay stay() {
        return new Stay(arrival(), departure());
    }

    /** The booking moved to another status, keeping all but its room, departure and cancel reason. */
    BookingRow transitioned(
            BookingStatus newStatus, String newRoom, LocalDate newDeparture, String reason, Instant now) {
        return new BookingRow(
                id,
                propertyId,
                confirmation,
                guestId,
                newStatus,
                new StayTerms(
                        source(),
                        roomType(),
                        newRoom,
                        arrival(),
                        newDeparture,
                        adults(),
                        children(),
                        rate(),
                        reason,
                        notes()),
                createdAt,
                now);
    }

    BookingRow with(BookingStatus newStatus) {
        return new BookingRow(id, propertyId, confirmation, guestId, newStatus, terms, createdAt, updatedAt);
    }
}
