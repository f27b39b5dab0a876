package app.innkeep.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A guest line of the downtime pack (arrivals, in house, departures, balances). */
public record PackGuest(
        String bookingRef,
        String guestName,
        String room,
        String roomType,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        int children,
        String status,
        BigDecimal balance) {}
