package app.innkeep.standby.outage;

import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.journal.JournalChange.VoidCharge;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.outage.DeskRecords.NewLine;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;

/** Takes a charge back, whole and once: a negative line that names the line it voids. */
@Singleton
public class VoidingCharge {

    /** "Void: " and the reason fit the folio line's description. */
    static final int REASON_LENGTH = 180;

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;
    private final DeskQueries desk;

    public VoidingCharge(DeskAction action, DeskChecks checks, DeskRecords records, DeskQueries desk) {
        this.action = action;
        this.checks = checks;
        this.records = records;
        this.desk = desk;
    }

    public Done voidCharge(DeskUser user, String entryId, String confirmation, long lineId, String reason) {
        String why = DeskInput.optional("reason", reason, REASON_LENGTH);
        return action.inOutage(user, entryId, entry -> {
            DeskBooking booking = checks.postable(confirmation);
            FolioEntry line = checks.reversible(booking, lineId, LineKind.CHARGE);
            if (desk.reversed(lineId).signum() > 0) {
                throw new Invalid("lineId", "line " + lineId + " is already voided");
            }
            records.folioLine(
                    entry,
                    VoidCharge::new,
                    booking,
                    new NewLine(
                            new Posting(
                                    LineKind.CHARGE,
                                    line.code(),
                                    why == null ? "Void of line " + lineId : "Void: " + why,
                                    line.quantity().negate(),
                                    line.unitPrice(),
                                    line.amount().negate(),
                                    entry.businessDate(),
                                    null),
                            lineId));
            return "Voided " + line.code() + " " + DeskInput.money(line.amount()) + ".";
        });
    }
}
