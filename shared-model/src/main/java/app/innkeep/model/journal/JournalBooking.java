package app.innkeep.model.journal;

import app.innkeep.model.Stay;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A booking as the outage journal records it before and after a desk action: the fields an auditor re-enters.
 * {@code status} is RESERVED, CHECKED_IN, CHECKED_OUT, CANCELLED or NO_SHOW, kept as text so a later status reads.
 */
public record JournalBooking(
        String confirmation,
        String status,
        String firstName,
        String lastName,
        String email,
        String phone,
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
        implements Stay {}
