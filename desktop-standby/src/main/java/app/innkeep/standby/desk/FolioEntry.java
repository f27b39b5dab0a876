package app.innkeep.standby.desk;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One folio line as the desk sees it, from the cloud or posted here (negative IDs). Charges and payments keep their
 * cloud meaning: a void is a negative charge, a refund a negative payment.
 */
@io.micronaut.serde.annotation.Serdeable
public record FolioEntry(
        long lineId,
        String kind,
        String code,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        LocalDate businessDate,
        String cardLast4,
        Long reversesLineId,
        String origin) {

    /** What the line does to the balance: charges add, payments subtract. */
    public BigDecimal signedAmount() {
        return "PAYMENT".equals(kind) ? amount.negate() : amount;
    }

    /** How the desk reads the line's number: the cloud's as it is, the standby's as S1, S2... */
    public String number() {
        return lineId < 0 ? "S" + (-lineId) : String.valueOf(lineId);
    }

    public boolean postedHere() {
        return "STANDBY".equals(origin);
    }
}
