package app.innkeep.standby.outage;

import app.innkeep.model.BookingRules;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.Violations;
import app.innkeep.model.journal.JournalChange.Modify;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Changes a reserved or in-house booking: its dates (an in-house guest keeps the arrival), its room (a guest in the
 * house moves only to a clean room) or its rate. A field left empty stays as it is.
 */
@Singleton
public class ChangingBooking {

    /** The change as the desk asked for it; null keeps the booking's value. */
    public record Change(LocalDate arrival, LocalDate departure, String room, BigDecimal rate) {}

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;

    public ChangingBooking(DeskAction action, DeskChecks checks, DeskRecords records) {
        this.action = action;
        this.checks = checks;
        this.records = records;
    }

    public Done change(DeskUser user, String entryId, String confirmation, Change change) {
        return action.inOutage(user, entryId, entry -> {
            LocalDate today = entry.businessDate();
            DeskBooking before = checks.existing(confirmation);
            boolean inHouse = before.status() == BookingStatus.CHECKED_IN;
            if (!inHouse && before.status() != BookingStatus.RESERVED) {
                throw new Invalid("departure", "a " + before.status() + " booking cannot be changed");
            }
            LocalDate arrival = change.arrival() == null ? before.arrival() : change.arrival();
            LocalDate departure = change.departure() == null ? before.departure() : change.departure();
            Violations faults = new Violations();
            dates(faults, before, inHouse, change, today);
            if (change.rate() != null) {
                faults.add("rate", BookingRules.amount(change.rate(), true));
            }
            Invalid.refuse(faults);
            checks.takeTurnForRoomNights();
            String roomNumber = change.room() == null ? before.room() : DeskInput.blankToNull(change.room());
            String roomType = before.roomType();
            if (roomNumber == null && inHouse) {
                throw new Invalid("room", "an in-house guest needs a room");
            }
            if (roomNumber != null) {
                DeskRoom room = checks.room(roomNumber.strip());
                if (room.outOfOrder()) {
                    throw new Invalid("room", "room " + room.number() + " is out of order");
                }
                if (inHouse && !room.number().equals(before.room()) && !room.ready()) {
                    throw new Invalid(
                            "room", "room " + room.number() + " is dirty; a guest moves only to a clean room");
                }
                checks.notHeld(room.number(), inHouse ? today : arrival, departure, before.confirmation());
                roomNumber = room.number();
                roomType = room.roomType();
            }
            boolean datesMoved = !arrival.equals(before.arrival()) || !departure.equals(before.departure());
            if (!inHouse && (datesMoved || !roomType.equals(before.roomType()))) {
                // A reservation's new nights need a room of its type left each night, as a new one does.
                checks.typeFree(datesMoved ? "departure" : "room", roomType, arrival, departure, before.confirmation());
            }
            BigDecimal rate = change.rate() == null
                    ? before.rate()
                    : change.rate().setScale(2, java.math.RoundingMode.UNNECESSARY);
            DeskBooking after =
                    before.changedHere().with(before.status(), roomType, roomNumber, arrival, departure, rate, null);
            if (after.toJson().equals(before.toJson())) {
                throw new Invalid("departure", "nothing was changed");
            }
            records.booking(entry, before, after, Modify::new, null, rate);
            return "Booking " + after.confirmation() + " changed.";
        });
    }

    /**
     * New dates, under the shared {@link BookingRules}: a guest in the house keeps the arrival; no stay starts or ends
     * before today; departure after arrival, at most {@value BookingRules#MAX_NIGHTS} nights; a date changed lies
     * within the horizon. Faults are gathered.
     */
    static void dates(Violations faults, DeskBooking before, boolean inHouse, Change change, LocalDate today) {
        LocalDate arrival = change.arrival() == null ? before.arrival() : change.arrival();
        LocalDate departure = change.departure() == null ? before.departure() : change.departure();
        if (inHouse && !arrival.equals(before.arrival())) {
            faults.add("arrival", "cannot change for a guest already checked in");
        }
        if (!inHouse && arrival.isBefore(today) && !arrival.equals(before.arrival())) {
            faults.add("arrival", "is before the business date " + today);
        }
        if (inHouse && !departure.isAfter(today)) {
            faults.add("departure", "must be after the business date " + today + "; check out instead");
        }
        BookingRules.stay(faults, arrival, departure);
        faults.add("arrival", BookingRules.farAhead(change.arrival(), today, BookingRules.HORIZON));
        faults.add("departure", BookingRules.farAhead(change.departure(), today, BookingRules.HORIZON));
    }
}
