package app.innkeep.model.journal;

import java.math.BigDecimal;

/**
 * A folio line the desk posted during the outage. Standby lines have negative IDs; {@code kind} is CHARGE or PAYMENT;
 * a void or refund has a negative amount and names the line it reverses. Card data is the last four digits at most.
 */
public record JournalLine(
        long lineId,
        String kind,
        String code,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        String cardLast4,
        Long reversesLineId) {}
