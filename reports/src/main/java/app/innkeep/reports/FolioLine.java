package app.innkeep.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a folio. {@code amount} is already signed the way it moves the balance: charges positive, voids
 * negative, payments negative, refunds positive. {@code kind} is CHARGE, VOID, PAYMENT or REFUND; {@code quantity} and
 * {@code cardLast4} are optional.
 */
public record FolioLine(
        LocalDate businessDate,
        String kind,
        String code,
        String description,
        BigDecimal quantity,
        BigDecimal amount,
        String cardLast4) {

    public FolioLine {
        // A missing amount would silently print a wrong balance; refuse it.
        Objects.requireNonNull(amount, "amount");
    }

    /** Payments and refunds settle the folio; everything else (charges, voids, anything unknown) is a charge. */
    boolean isSettlement() {
        String k = kind == null ? "" : kind.strip();
        return k.equalsIgnoreCase("PAYMENT") || k.equalsIgnoreCase("REFUND");
    }
}
