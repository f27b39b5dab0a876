package app.innkeep.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What the guest signs at check-in. Every field but {@code header} is optional and prints empty when null or blank. */
public record RegistrationCard(
        ReportHeader header,
        String confirmation,
        String guestName,
        String email,
        String phone,
        String room,
        String roomType,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        int children,
        BigDecimal rate,
        String currency,
        String source,
        String notes,
        String clerk) {

    public RegistrationCard {
        Objects.requireNonNull(header, "header");
    }
}
