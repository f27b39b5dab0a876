package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.journal.JournalChange.CheckIn;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Checks in a guest arriving today (or late), into a ready room no other booking holds for the nights of the stay:
 * the booking's own room unless the desk gives another.
 */
@Singleton
public class CheckingIn {

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;

    public CheckingIn(DeskAction action, DeskChecks checks, DeskRecords records) {
        this.action = action;
        this.checks = checks;
        this.records = records;
    }

    public Done checkIn(DeskUser user, String entryId, String confirmation, String roomNumber) {
        return action.inOutage(user, entryId, entry -> {
            LocalDate today = entry.businessDate();
            DeskBooking before = checks.existing(confirmation);
            arriving(before, today);
            String number = DeskInput.blankToNull(roomNumber) != null ? roomNumber.strip() : before.room();
            if (number == null) {
                throw new Invalid("room", "choose a room");
            }
            checks.takeTurnForRoomNights();
            DeskRoom room = checks.readyRoom(number, today, before.departure(), before.confirmation());
            DeskBooking after = before.changedHere()
                    .with(
                            BookingStatus.CHECKED_IN,
                            room.roomType(),
                            room.number(),
                            before.arrival(),
                            before.departure(),
                            before.rate(),
                            null);
            records.booking(entry, before, after, CheckIn::new, null, null);
            return "Checked in " + after.guestName() + " to room " + room.number() + ".";
        });
    }

    /** Only a reserved booking whose stay has begun and not yet ended can be checked in. */
    static void arriving(DeskBooking booking, LocalDate today) {
        DeskChecks.requireStatus(booking, BookingStatus.RESERVED, "checked in");
        if (booking.arrival().isAfter(today)) {
            throw new Invalid(
                    "room", "the booking arrives on " + booking.arrival() + "; the business date is " + today);
        }
        if (!booking.departure().isAfter(today)) {
            throw new Invalid("room", "the stay ended on " + booking.departure() + "; change the dates first");
        }
    }
}
