package app.innkeep.model.event;

import app.innkeep.model.Posting;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One folio line. {@code kind} is CHARGE (the code is an inventory item) or PAYMENT (a receipt type); a void or
 * refund has a negative amount and names the line it reverses. Card data is the last four digits at most.
 */
public record FolioLineState(
        long lineId,
        String confirmation,
        String kind,
        String code,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        LocalDate businessDate,
        String cardLast4,
        Long reversesLineId) {

    /** A stored line with what it posts, as a reader of stored rows makes it. */
    public FolioLineState(long lineId, String confirmation, Posting posting, Long reversesLineId) {
        this(
                lineId,
                confirmation,
                posting.kind().name(),
                posting.code(),
                posting.description(),
                posting.quantity(),
                posting.unitPrice(),
                posting.amount(),
                posting.businessDate(),
                posting.cardLast4(),
                reversesLineId);
    }
}
