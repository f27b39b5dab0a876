package app.innkeep.cloud.folio;

import app.innkeep.model.Posting;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a booking's folio as stored; what it posts ({@code kind()}, {@code amount()}...) reads through
 * {@code posting}. Lines are never changed or deleted: a void or refund is a new line with the opposite amount whose
 * {@code reversesLineId} names the original. A line re-entered from the standby keeps the standby's business date and
 * says when it was done there ({@code originalAt}) and by which journal entry ({@code reentryEntryId}); both are null
 * for lines posted in the cloud.
 */
public record FolioLineRow(
        long id,
        long propertyId,
        long bookingId,
        Posting posting,
        String cardToken,
        Long reversesLineId,
        LocalDate rentNight,
        Instant postedAt,
        String postedBy,
        Instant originalAt,
        String reentryEntryId)
        implements Posting.Held {

    /** A line posted in the cloud itself. */
    public FolioLineRow(
            long id,
            long propertyId,
            long bookingId,
            Posting posting,
            String cardToken,
            Long reversesLineId,
            LocalDate rentNight,
            Instant postedAt,
            String postedBy) {
        this(id, propertyId, bookingId, posting, cardToken, reversesLineId, rentNight, postedAt, postedBy, null, null);
    }
}
