package app.innkeep.cloud.folio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a booking's folio as stored. Lines are never changed or deleted: a void or refund is a new line with
 * the opposite amount whose {@code reversesLineId} names the original.
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
        String postedBy) {}
