package app.innkeep.model.reentry;

import java.math.BigDecimal;
import java.util.List;

/** The cloud's answer to the closing check: each asked entry with what it became, and each asked booking's balance. */
public record ClosingCheckAnswer(List<Entry> entries, List<Balance> balances) {

    public ClosingCheckAnswer {
        entries = List.copyOf(entries);
        balances = List.copyOf(balances);
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
