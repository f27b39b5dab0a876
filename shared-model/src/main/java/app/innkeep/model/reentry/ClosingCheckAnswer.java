package app.innkeep.model.reentry;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cloud's answer to the closing check: each asked entry with what it became, each asked booking's balance and
 * (schema version 2) the cloud's RENT count and total for each asked night, in the order asked.
 */
public record ClosingCheckAnswer(List<Entry> entries, List<Balance> balances, List<NightRent> nights) {

    public ClosingCheckAnswer {
        entries = List.copyOf(entries);
        balances = List.copyOf(balances);
        nights = List.copyOf(nights);
    }

    /** An answer without nights (a question that asked for none). */
    public ClosingCheckAnswer(List<Entry> entries, List<Balance> balances) {
        this(entries, balances, List.of());
    }

    /** An asked entry; everything but {@code entryId} is null when the cloud has not got it ({@code found} false). */
    public record Entry(
            String entryId,
            boolean found,
            ReentryAction action,
            String bookingRef,
            String cloudConfirmation,
            Long lineId,
            BigDecimal amount) {

        public static Entry missing(String entryId) {
            return new Entry(entryId, false, null, null, null, null, null);
        }
    }

    /** A booking's folio balance now (charges - payments); null values when the cloud does not know the booking. */
    public record Balance(String bookingRef, String cloudConfirmation, BigDecimal balance) {}
}
