package app.innkeep.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A guest's folio as printed. Line amounts are already signed (see {@link FolioLine}), so the balance is simply their
 * sum: charges and refunds raise it, voids and payments lower it. A positive balance is what the guest still owes.
 */
public record Folio(
        ReportHeader header,
        String confirmation,
        String guestName,
        String room,
        LocalDate arrival,
        LocalDate departure,
        String currency,
        List<FolioLine> lines) {

    public Folio {
        Objects.requireNonNull(header, "header");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** What the guest owes: the sum of all line amounts, which equals {@link #totalCharges()} + {@link #totalPayments()}. */
    public BigDecimal balance() {
        return sum(lines);
    }

    /** Charges net of voids (signed as in the lines, so normally positive). */
    public BigDecimal totalCharges() {
        return sum(lines.stream().filter(line -> !line.isSettlement()).toList());
    }

    /** Payments net of refunds (signed as in the lines, so normally negative). */
    public BigDecimal totalPayments() {
        return sum(lines.stream().filter(FolioLine::isSettlement).toList());
    }

    private static BigDecimal sum(List<FolioLine> lines) {
        return lines.stream().map(FolioLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
