package app.innkeep.standby.outage;

import app.innkeep.model.BookingRules;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.Violations;
import app.innkeep.model.journal.JournalChange.Refund;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.outage.DeskRecords.NewLine;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * Refunds all or part of a payment, the same way it was paid: a negative payment line that names the payment. Never
 * more than is left of it after earlier refunds.
 */
@Singleton
public class Refunding {

    /** "Refund: " and the reason fit the folio line's description. */
    static final int REASON_LENGTH = 180;

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;
    private final DeskQueries desk;

    public Refunding(DeskAction action, DeskChecks checks, DeskRecords records, DeskQueries desk) {
        this.action = action;
        this.checks = checks;
        this.records = records;
        this.desk = desk;
    }

    public Done refund(
            DeskUser user, String entryId, String confirmation, long lineId, BigDecimal amount, String reason) {
        return action.inOutage(user, entryId, entry -> {
            DeskBooking booking = checks.postable(confirmation);
            FolioEntry payment = checks.reversible(booking, lineId, LineKind.PAYMENT);
            BigDecimal left = payment.amount().subtract(desk.reversed(lineId));
            // Every fault of the form at once, under the shared rules.
            Violations faults = new Violations();
            String why = DeskInput.gather(faults, () -> DeskInput.optional("reason", reason, REASON_LENGTH));
            if (amount != null) {
                faults.add("amount", BookingRules.amount(amount, false));
            }
            if (amount != null && !faults.has("amount") && amount.compareTo(left) > 0) {
                faults.add("amount", "at most " + DeskInput.money(left) + " of this payment can still be refunded");
            }
            Invalid.refuse(faults);
            BigDecimal refund = amount == null ? left : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
            records.folioLine(
                    entry,
                    Refund::new,
                    booking,
                    new NewLine(
                            new Posting(
                                    LineKind.PAYMENT,
                                    payment.code(),
                                    why == null ? "Refund of line " + lineId : "Refund: " + why,
                                    BigDecimal.ONE,
                                    refund.negate(),
                                    refund.negate(),
                                    entry.businessDate(),
                                    payment.cardLast4()),
                            lineId));
            return "Refunded " + DeskInput.money(refund) + " by " + payment.code() + ".";
        });
    }
}
