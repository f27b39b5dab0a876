package app.innkeep.standby.reentry;

import app.innkeep.model.journal.JournalChange.Reserve;
import app.innkeep.model.journal.JournalChange.WalkIn;
import app.innkeep.standby.input.Invalid;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;

/**
 * The night auditor settles a worklist line by hand, as in the PMSs before the assistant: re-entered in the cloud
 * (recording the cloud booking, and line, it became), or skipped with a reason.
 */
@Singleton
public class SettlingByHand {

    private final OpenReentries reentries;
    private final Worklist worklist;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public SettlingByHand(
            OpenReentries reentries, Worklist worklist, TransactionOperations<Connection> tx, Clock clock) {
        this.reentries = reentries;
        this.worklist = worklist;
        this.tx = tx;
        this.clock = clock;
    }

    /** Re-entered by hand: the cloud booking (and line) it became; a walk-in's D-number now maps to that booking. */
    public void reentered(String user, long outageId, String entryId, String cloudConfirmation, String cloudLineId) {
        String conf = cloudConfirmation == null ? "" : cloudConfirmation.strip();
        if (!conf.matches("[0-9]{1,20}")) {
            throw new Invalid("cloudConfirmation", "the cloud's confirmation number it became (digits)");
        }
        Long cloudLine = lineNumber(cloudLineId);
        tx.executeWrite(s -> {
            reentries.open(outageId);
            WorkItem item = reentries.item(outageId, entryId);
            worklist.settle(
                    entryId,
                    WorkStatus.MANUAL,
                    conf,
                    cloudLine,
                    item.entry().amount(),
                    "re-entered by hand",
                    user,
                    clock.instant());
            // A walk-in or a reservation made the booking in the cloud: its D-number now finds it.
            if (WalkIn.ACTION.equals(item.entry().action())
                    || Reserve.ACTION.equals(item.entry().action())) {
                worklist.mapDNumber(item.entry().bookingRef(), conf, clock.instant());
            }
            return null;
        });
    }

    /** Not re-entered, on purpose: the reason stays on the worklist. */
    public void skip(String user, long outageId, String entryId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new Invalid("reason", "say why it is skipped (at most 500 characters)");
        }
        tx.executeWrite(s -> {
            reentries.open(outageId);
            reentries.item(outageId, entryId);
            worklist.settle(
                    entryId, WorkStatus.SKIPPED, null, null, null, "skipped: " + reason.strip(), user, clock.instant());
            return null;
        });
    }

    private static Long lineNumber(String cloudLineId) {
        if (cloudLineId == null || cloudLineId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cloudLineId.strip());
        } catch (NumberFormatException e) {
            throw new Invalid("cloudLineId", "the cloud folio line number (digits), or leave it empty");
        }
    }
}
