package app.innkeep.standby.reentry;

import app.innkeep.standby.outage.JournalEntry;
import java.math.BigDecimal;
import java.time.Instant;

/** A journal entry on the re-entry worklist, with what has become of it. */
@io.micronaut.serde.annotation.Serdeable
public record WorkItem(
        JournalEntry entry,
        WorkStatus status,
        String cloudConfirmation,
        Long cloudLineId,
        BigDecimal cloudAmount,
        String note,
        Instant settledAt,
        String settledBy) {

    /** Settled: nothing is left to do for it. */
    public boolean settled() {
        return status.settled();
    }

    public boolean postable() {
        return status.postable();
    }
}
