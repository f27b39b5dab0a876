package app.innkeep.cloud.booking;

import app.innkeep.model.BookingStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A booking as stored. */
public record BookingRow(
        long id,
        long propertyId,
        String confirmation,
        long guestId,
        String source,
        String roomType,
        String room,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        int children,
        BigDecimal rate,
        BookingStatus status,
        String cancelReason,
        String notes,
        Instant createdAt,
        Instant updatedAt) {

    public Stay stay() {
        return new Stay(arrival, departure);
    }

    /** The booking moved to another status, keeping all but its room, departure and cancel reason. */
    BookingRow transitioned(
            BookingStatus newStatus, String newRoom, LocalDate newDeparture, String reason, Instant now) {
        return new BookingRow(
                id,
                propertyId,
                confirmation,
                guestId,
                source,
                roomType,
                newRoom,
                arrival,
                newDeparture,
                adults,
                children,
                rate,
                newStatus,
                reason,
                notes,
                createdAt,
                now);
    }

    BookingRow with(BookingStatus newStatus) {
        return new BookingRow(
                id,
                propertyId,
                confirmation,
                guestId,
                source,
                roomType,
                room,
                arrival,
                departure,
                adults,
                children,
                rate,
                newStatus,
                cancelReason,
                notes,
                createdAt,
                updatedAt);
    }
}
