package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.FreeText.Limits;
import app.innkeep.model.journal.JournalChange.Cancel;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;

/** Cancels a reserved booking, with the guest's reason. */
@Singleton
public class CancellingBooking {

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;

    public CancellingBooking(DeskAction action, DeskChecks checks, DeskRecords records) {
        this.action = action;
        this.checks = checks;
        this.records = records;
    }

    public Done cancel(DeskUser user, String entryId, String confirmation, String reason) {
        String why = DeskInput.required("reason", reason, Limits.REASON);
        return action.inOutage(user, entryId, entry -> {
            DeskBooking before = checks.existing(confirmation);
            DeskChecks.requireStatus(before, BookingStatus.RESERVED, "cancelled");
            DeskBooking after = before.changedHere()
                    .with(
                            BookingStatus.CANCELLED,
                            before.roomType(),
                            before.room(),
                            before.arrival(),
                            before.departure(),
                            before.rate(),
                            why);
            records.booking(entry, before, after, Cancel::new, null, null);
            return "Booking " + after.confirmation() + " cancelled.";
        });
    }
}
