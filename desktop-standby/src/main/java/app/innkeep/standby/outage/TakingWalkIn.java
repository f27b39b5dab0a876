package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.FreeText.Limits;
import app.innkeep.model.StayTerms;
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
        Guest guest =
                Guest.checked(w.firstName(), w.lastName(), w.email(), w.phone(), w.notes(), w.adults(), w.children());
        return action.inOutage(user, entryId, entry -> {
            LocalDate today = entry.businessDate();
            stay(w.departure(), today);
            if (DeskInput.blankToNull(w.room()) == null) {
                throw new Invalid("room", "choose a room");
            }
            checks.takeTurnForRoomNights();
            DeskRoom room = checks.readyRoom(w.room().strip(), today, w.departure(), null);
            String source = DeskInput.blankToNull(w.source()) == null
                    ? "WALKIN"
                    : w.source().strip();
            if (checks.active("source", source).isEmpty()) {
                throw new Invalid("source", "source " + source + " is not active on this standby");
            }
            BigDecimal rate = w.rate();
            if (rate == null) {
                rate = checks.active("room-type", room.roomType())
                        .map(Code::defaultPrice)
                        .orElseThrow(() -> new Invalid(
                                "rate", "room type " + room.roomType() + " has no default price here: enter a rate"));
            }
            rate = DeskInput.amount("rate", rate, true);
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

        static Guest checked(
                String firstName, String lastName, String email, String phone, String notes, int adults, int children) {
            String first = DeskInput.required("firstName", firstName, Limits.NAME);
            String last = DeskInput.required("lastName", lastName, Limits.NAME);
            String mail = DeskInput.optional("email", email, Limits.EMAIL);
            if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+")) {
                throw new Invalid("email", "is not an e-mail address");
            }
            String tel = DeskInput.optional("phone", phone, 40);
            String text = DeskInput.lines("notes", notes, Limits.NOTES);
            if (adults < 1 || adults > 9) {
                throw new Invalid("adults", "must be 1 to 9");
            }
            if (children < 0 || children > 9) {
                throw new Invalid("children", "must be 0 to 9");
            }
            return new Guest(first, last, mail, tel, text);
        }
    }

    /** A walk-in arrives today and stays at least one night, at most 90. */
    static void stay(LocalDate departure, LocalDate today) {
        if (departure == null || !departure.isAfter(today)) {
            throw new Invalid("departure", "must be after today's business date " + today);
        }
        if (departure.isAfter(today.plusDays(90))) {
            throw new Invalid("departure", "a walk-in stays at most 90 nights");
        }
    }
}
