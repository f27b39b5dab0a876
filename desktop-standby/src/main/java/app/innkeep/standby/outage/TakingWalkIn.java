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
        String first = DeskInput.required("firstName", w.firstName(), Limits.NAME);
        String last = DeskInput.required("lastName", w.lastName(), Limits.NAME);
        String email = DeskInput.optional("email", w.email(), Limits.EMAIL);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new Invalid("email", "is not an e-mail address");
        }
        String phone = DeskInput.optional("phone", w.phone(), 40);
        String notes = DeskInput.lines("notes", w.notes(), Limits.NOTES);
        if (w.adults() < 1 || w.adults() > 9) {
            throw new Invalid("adults", "must be 1 to 9");
        }
        if (w.children() < 0 || w.children() > 9) {
            throw new Invalid("children", "must be 0 to 9");
        }
        return action.inOutage(user, entryId, entry -> {
            LocalDate today = entry.businessDate();
            stay(w.departure(), today);
            if (DeskInput.blankToNull(w.room()) == null) {
                throw new Invalid("room", "choose a room");
            }
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
                    first,
                    last,
                    email,
                    phone,
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
                            notes));
            records.booking(entry, null, after, (none, walkIn) -> new JournalChange.WalkIn(walkIn), source, rate);
            return "Walk-in " + after.confirmation() + " for " + after.guestName() + " checked in to room "
                    + room.number() + ".";
        });
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
