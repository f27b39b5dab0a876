package app.innkeep.cloud.folio;

import app.innkeep.model.LineKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a booking's folio as stored. Lines are never changed or deleted: a void or refund is a new line with
 * the opposite amount whose {@code reversesLineId} names the original. A line re-entered from the standby keeps the
 * standby's business date and says when it was done there ({@code originalAt}) and by which journal entry
 * ({@code reentryEntryId}); both are null for lines posted in the cloud.
 */
public record FolioLineRow(
        long id,
        long propertyId,
        long bookingId,
        LineKind kind,
        String code,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        LocalDate businessDate,
        String cardLast4,
        String cardToken,
        Long reversesLineId,
        LocalDate rentNight,
        Instant postedAt,
        String postedBy,
        Instant originalAt,
        String reentryEntryId) {

    /** A line posted in the cloud itself. */
    public FolioLineRow(
            long id,
            long propertyId,
            long bookingId,
            LineKind kind,
            String code,
            String description,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal amount,
            LocalDate businessDate,
            String cardLast4,
            String cardToken,
            Long reversesLineId,
            LocalDate rentNight,
            Instant postedAt,
            String postedBy) {
        this(
                id,
                propertyId,
                bookingId,
                kind,
                code,
                description,
                quantity,
                unitPrice,
                amount,
                businessDate,
                cardLast4,
                cardToken,
                reversesLineId,
                rentNight,
                postedAt,
                postedBy,
                null,
                null);
    }
}
