package app.innkeep.standby.outage;

import app.innkeep.model.BookingRules;
import app.innkeep.model.FreeText.Limits;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.Violations;
import app.innkeep.model.journal.JournalChange.Payment;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.input.Unconfirmed;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.outage.DeskRecords.NewLine;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * Takes a payment by a receipt type (CASH, VISA…); a card payment keeps the card's last four digits, nothing more. A
 * payment that repeats one taken moments ago (the booking open in two tabs) is only taken when the clerk says yes.
 */
@Singleton
public class TakingPayment {

    /** The form field that says yes to taking a payment that looks like one already taken. */
    public static final String CONFIRM_REPEAT = "confirmRepeat";

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;
    private final RecentPayments recent;

    public TakingPayment(DeskAction action, DeskChecks checks, DeskRecords records, RecentPayments recent) {
        this.action = action;
        this.checks = checks;
        this.records = records;
        this.recent = recent;
    }

    public Done take(
            DeskUser user,
            String entryId,
            String confirmation,
            String receiptType,
            BigDecimal amount,
            String cardLast4,
            String description,
            boolean repeatConfirmed) {
        return action.inOutage(user, entryId, entry -> {
            DeskBooking booking = checks.postable(confirmation);
            // Every fault of the form at once, under the shared rules.
            Violations faults = new Violations();
            String text =
                    DeskInput.gather(faults, () -> DeskInput.optional("description", description, Limits.DESCRIPTION));
            Code type = DeskInput.gather(faults, () -> checks.receiptType(receiptType));
            if (amount == null) {
                faults.add("amount", "enter the amount paid");
            } else {
                faults.add("amount", BookingRules.amount(amount, false));
            }
            String last4 = type == null ? null : DeskInput.gather(faults, () -> DeskInput.cardLast4(type, cardLast4));
            Invalid.refuse(faults);
            BigDecimal paid = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
            if (!repeatConfirmed) {
                recent.like(booking.confirmation(), type.code(), paid).ifPresent(earlier -> {
                    throw new Unconfirmed(
                            CONFIRM_REPEAT,
                            "Take it again",
                            "This looks like a payment already taken at " + earlier.time() + " by "
                                    + earlier.username() + " (" + DeskInput.money(paid) + " by " + type.code()
                                    + " on " + booking.confirmation() + ") — take it again?");
                });
            }
            records.folioLine(
                    entry,
                    Payment::new,
                    booking,
                    new NewLine(
                            new Posting(
                                    LineKind.PAYMENT,
                                    type.code(),
                                    text == null ? type.description() : text,
                                    BigDecimal.ONE,
                                    paid,
                                    paid,
                                    entry.businessDate(),
                                    last4),
                            null));
            return "Payment of " + DeskInput.money(paid) + " by " + type.code() + " posted to " + booking.confirmation()
                    + ".";
        });
    }
}
