package app.innkeep.model.reentry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One standby journal entry as the standby posts it to the cloud ({@code POST .../reentry/entries/{entryId}}, the
 * entry's ID being the idempotency key). Which part is set depends on the action: {@code booking} for the booking
 * actions, {@code line} for the folio actions, {@code room} for ROOM_STATUS; the others are null.
 */
public record ReentryRequest(
        ReentryAction action,
        String bookingRef,
        Instant originalAt,
        LocalDate businessDate,
        String enteredBy,
        Booking booking,
        Line line,
        Room room) {

    /**
     * WALK_IN and RESERVE: the guest and the stay (a reservation's room may be null); CHECK_IN: {@code room} (none when the cloud's room stands); MODIFY: the changed
     * ones of arrival, departure, room, rate; CANCEL: {@code cancelReason}; CHECK_OUT: nothing.
     */
    public record Booking(
            String firstName,
            String lastName,
            String email,
            String phone,
            String source,
            String roomType,
            String room,
            LocalDate arrival,
            LocalDate departure,
            Integer adults,
            Integer children,
            BigDecimal rate,
            String notes,
            String cancelReason) {

        /** A booking part with nothing in it (CHECK_OUT, or a CHECK_IN whose room the cloud keeps). */
        public static final Booking NOTHING =
                new Booking(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        public static Booking room(String room) {
            return new Booking(null, null, null, null, null, null, room, null, null, null, null, null, null, null);
        }

        public static Booking change(LocalDate arrival, LocalDate departure, String room, BigDecimal rate) {
            return new Booking(
                    null, null, null, null, null, null, room, arrival, departure, null, null, rate, null, null);
        }

        public static Booking cancel(String reason) {
            return new Booking(null, null, null, null, null, null, null, null, null, null, null, null, null, reason);
        }
    }

    /**
     * CHARGE: item, quantity, unitPrice, description; PAYMENT: receiptType, amount, cardLast4, description; VOID:
     * reversesLineId, reason; REFUND: reversesLineId, amount (positive), reason. Card data is the last four digits at
     * most.
     */
    public record Line(
            String item,
            BigDecimal quantity,
            BigDecimal unitPrice,
            String receiptType,
            BigDecimal amount,
            String cardLast4,
            Long reversesLineId,
            String description,
            String reason) {

        public static Line charge(String item, BigDecimal quantity, BigDecimal unitPrice, String description) {
            return new Line(item, quantity, unitPrice, null, null, null, null, description, null);
        }

        public static Line payment(String receiptType, BigDecimal amount, String cardLast4, String description) {
            return new Line(null, null, null, receiptType, amount, cardLast4, null, description, null);
        }

        public static Line voiding(long reversesLineId, String reason) {
            return new Line(null, null, null, null, null, null, reversesLineId, null, reason);
        }

        public static Line refund(long reversesLineId, BigDecimal amount, String reason) {
            return new Line(null, null, null, null, amount, null, reversesLineId, null, reason);
        }
    }

    /** ROOM_STATUS: the room and its status as the standby left it; {@code housekeeping} DIRTY, CLEAN or INSPECTED. */
    public record Room(String number, String housekeeping, Boolean outOfOrder) {}
}
