package app.innkeep.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A charge, void, payment or refund taken on the standby ({@code kind} CHARGE, VOID, PAYMENT, REFUND). {@code code} is
 * the inventory item or receipt type it is grouped by. {@code amount} is signed as it counts in its group's total:
 * charges and payments positive, voids and refunds negative.
 */
public record MoneyEntry(
        Instant enteredAt,
        String user,
        LocalDate businessDate,
        String kind,
        String code,
        String codeDescription,
        String bookingRef,
        String guestName,
        String room,
        String description,
        java.math.BigDecimal quantity,
        BigDecimal amount,
        String cardLast4) {

    public MoneyEntry {
        // A missing amount would silently print a wrong subtotal; refuse it, as FolioLine does.
        java.util.Objects.requireNonNull(amount, "amount");
    }
}
