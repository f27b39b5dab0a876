package app.innkeep.standby.outage;

import app.innkeep.model.Housekeeping;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.util.Locale;

/** Sets a room's housekeeping status (dirty, clean, inspected) and whether it is out of order, from the room rack. */
@Singleton
public class SettingRoomStatus {

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;

    public SettingRoomStatus(DeskAction action, DeskChecks checks, DeskRecords records) {
        this.action = action;
        this.checks = checks;
        this.records = records;
    }

    public Done set(DeskUser user, String entryId, String roomNumber, String housekeeping, boolean outOfOrder) {
        Housekeeping status = housekeeping(housekeeping);
        return action.inOutage(user, entryId, entry -> {
            DeskRoom before = checks.room(roomNumber == null ? "" : roomNumber.strip());
            if (before.housekeeping() == status && before.outOfOrder() == outOfOrder) {
                throw new Invalid(
                        "housekeeping", "nothing to change: room " + before.label() + " already has this status");
            }
            records.roomStatus(entry, before, status, outOfOrder);
            return "Room " + before.number() + " is now " + status.name().toLowerCase(Locale.ROOT)
                    + (outOfOrder ? " and out of order." : ".");
        });
    }

    static Housekeeping housekeeping(String typed) {
        String status = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        for (Housekeeping h : Housekeeping.values()) {
            if (h.name().equals(status)) {
                return h;
            }
        }
        throw new Invalid("housekeeping", "must be DIRTY, CLEAN or INSPECTED");
    }
}
