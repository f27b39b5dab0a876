package app.innkeep.model.event;

import app.innkeep.model.Stay;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The whole booking after the change, so a reader can apply the event without calling back. {@code status} is one of
 * RESERVED, CHECKED_IN, CHECKED_OUT, CANCELLED, NO_SHOW; a reader keeps values it does not know as they are.
 */
public record BookingState(
        String confirmation,
        String status,
        GuestState guest,
        String source,
        String roomType,
        String room,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        int children,
        BigDecimal rate,
        String cancelReason,
        String notes)
        implements Stay {

    /** A booking with the given stay, as a reader of stored rows or a copy makes it. */
    public BookingState(String confirmation, String status, GuestState guest, Stay stay) {
        this(
                confirmation,
                status,
                guest,
                stay.source(),
                stay.roomType(),
                stay.room(),
                stay.arrival(),
                stay.departure(),
                stay.adults(),
                stay.children(),
                stay.rate(),
                stay.cancelReason(),
                stay.notes());
    }
}
