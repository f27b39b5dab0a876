package app.innkeep.model.journal;

import app.innkeep.model.StayTerms;

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
        StayTerms terms)
        implements StayTerms.Held {}
