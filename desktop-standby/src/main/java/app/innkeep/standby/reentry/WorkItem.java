package app.innkeep.standby.reentry;

import app.innkeep.standby.outage.JournalEntry;
import java.math.BigDecimal;
import java.time.Instant;

/** A journal entry on the re-entry worklist, with what has become of it. */
@io.micronaut.serde.annotation.Serdeable
public record WorkItem(
        JournalEntry entry,
        String status,
        String cloudConfirmation,
        Long cloudLineId,
        BigDecimal cloudAmount,
        String note,
        Instant settledAt,
        String settledBy) {

    /** Settled: nothing is left to do for it. */
    public boolean settled() {
        return switch (status) {
            case "MANUAL", "POSTED", "SKIPPED", "NOTHING" -> true;
            default -> false;
        };
    }

    public boolean postable() {
        return status.equals("PENDING") || status.equals("FAILED");
    }
}
