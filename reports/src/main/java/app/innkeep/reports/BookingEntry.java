package app.innkeep.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the "Room bookings" re-entry report: a booking action taken on the standby, as the night auditor
 * re-enters it. {@code action} is NEW (a walk-in, with its D-number), MODIFIED, CANCELLED, CHECKED_IN or CHECKED_OUT;
 * {@code change} says what changed for MODIFIED ("departure 2026-11-24 → 2026-11-26; room 101 → 102"), else may be
 * empty. {@code enteredAt} is when it was done on the standby, {@code user} who did it.
 */
public record BookingEntry(
        Instant enteredAt,
        String user,
        LocalDate businessDate,
        String action,
        String bookingRef,
        String guestName,
        String room,
        LocalDate arrival,
        LocalDate departure,
        BigDecimal rate,
        String source,
        String change) {}
