package app.innkeep.standby.outage;

import app.innkeep.model.BookingRules;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.StayTerms;
import app.innkeep.model.Violations;
import app.innkeep.model.journal.JournalChange;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A guest without a booking takes a ready room tonight: a new booking with a D-number (never a cloud number), checked
 * in at once.
 */
@Singleton
public class TakingWalkIn {

    /** The walk-in form as the desk filled it in. */
    public record WalkIn(
            String firstName,
            String lastName,
            String email,
            String phone,
            String room,
            LocalDate departure,
            int adults,
            int children,
            BigDecimal rate,
            String source,
            String notes) {}

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;
    private final LocalRecords local;

    public TakingWalkIn(DeskAction action, DeskChecks checks, DeskRecords records, LocalRecords local) {
        this.action = action;
        this.checks = checks;
        this.records = records;
        this.local = local;
    }

    public Done take(DeskUser user, String entryId, WalkIn w) {
        return action.inOutage(user, entryId, entry -> {
            LocalDate today = entry.businessDate();
            // Every fault of the form at once: the shared rules, then what this copy holds (room, source, price).
            Violations faults = new Violations();
            Guest guest = Guest.checked(
                    faults, w.firstName(), w.lastName(), w.email(), w.phone(), w.notes(), w.adults(), w.children());
            BookingRules.newStay(faults, today, w.departure(), today, BookingRules.HORIZON);
            checks.takeTurnForRoomNights();
            DeskRoom room = null;
            if (DeskInput.blankToNull(w.room()) == null) {
                faults.add("room", "choose a room");
            } else if (w.departure() != null && w.departure().isAfter(today)) {
                room = DeskInput.gather(faults, () -> checks.readyRoom(w.room().strip(), today, w.departure(), null));
            }
            String source = DeskInput.blankToNull(w.source()) == null
                    ? "WALKIN"
                    : w.source().strip();
            if (checks.active("source", source).isEmpty()) {
                faults.add("source", "source " + source + " is not active on this standby");
            }
            BigDecimal rate = w.rate();
            if (rate == null && room != null) {
                String type = room.roomType();
                rate = checks.active("room-type", type).map(Code::defaultPrice).orElse(null);
                if (rate == null) {
                    faults.add("rate", "room type " + type + " has no default price here: enter a rate");
                }
            }
            faults.add("rate", rate == null ? java.util.Optional.empty() : BookingRules.amount(rate, true));
            Invalid.refuse(faults);
            rate = rate.setScale(2, java.math.RoundingMode.UNNECESSARY);
            DeskBooking after = new DeskBooking(
                    local.nextWalkInNumber(),
                    BookingOrigin.WALK_IN,
                    BookingStatus.CHECKED_IN,
                    null,
                    guest.firstName(),
                    guest.lastName(),
                    guest.email(),
                    guest.phone(),
                    new StayTerms(
                            source,
                            room.roomType(),
                            room.number(),
                            today,
                            w.departure(),
                            w.adults(),
                            w.children(),
                            rate,
                            null,
                            guest.notes()));
            records.booking(entry, null, after, (none, walkIn) -> new JournalChange.WalkIn(walkIn), source, rate);
            return "Walk-in " + after.confirmation() + " for " + after.guestName() + " checked in to room "
                    + room.number() + ".";
        });
    }

    /** The guest's part of a new booking taken at the desk (a walk-in's, a reservation's), checked. */
    record Guest(String firstName, String lastName, String email, String phone, String notes) {

        /** The guest's details under the shared {@link BookingRules}; the faults are gathered, not thrown. */
        static Guest checked(
                Violations faults,
                String firstName,
                String lastName,
                String email,
                String phone,
                String notes,
                int adults,
                int children) {
            BookingRules.guest(faults, firstName, lastName, email, phone, notes);
            BookingRules.occupancy(faults, adults, children);
            return new Guest(
                    DeskInput.blankToNull(firstName),
                    DeskInput.blankToNull(lastName),
                    DeskInput.blankToNull(email),
                    DeskInput.blankToNull(phone),
                    DeskInput.blankToNull(notes));
        }
    }
}
