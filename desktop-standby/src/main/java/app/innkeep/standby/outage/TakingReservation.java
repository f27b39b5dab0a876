package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import app.innkeep.model.journal.JournalChange.Payment;
import app.innkeep.model.journal.JournalChange.Reserve;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.outage.DeskRecords.NewLine;
import app.innkeep.standby.outage.TakingWalkIn.Guest;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A guest phones for a later date while the line is down: a new RESERVED booking with a D-number (never a cloud
 * number), on room nights the copy shows free (a room given is free every night; the room type has a room left every
 * night), with an optional deposit posted to its folio. The cloud gets it at re-entry as a booking of its own.
 */
@Singleton
public class TakingReservation {

    /** How far ahead the desk takes a reservation while cut off. */
    static final int MAX_DAYS_AHEAD = 366;

    /** The longest stay the desk books while cut off. */
    static final int MAX_NIGHTS = 90;

    /** The reservation form as the desk filled it in; {@code deposit} null when none was taken. */
    public record Reservation(
            String firstName,
            String lastName,
            String email,
            String phone,
            LocalDate arrival,
            LocalDate departure,
            String roomType,
            String room,
            int adults,
            int children,
            BigDecimal rate,
            String source,
            String notes,
            Deposit deposit) {}

    /** A deposit taken on the phone: by receipt type, card last four only. */
    public record Deposit(String receiptType, BigDecimal amount, String cardLast4) {

        /** Null when the form's deposit fields were all left empty. */
        public static Deposit of(String receiptType, BigDecimal amount, String cardLast4) {
            boolean none = DeskInput.blankToNull(receiptType) == null
                    && amount == null
                    && DeskInput.blankToNull(cardLast4) == null;
            return none ? null : new Deposit(receiptType, amount, cardLast4);
        }
    }

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;
    private final LocalRecords local;

    public TakingReservation(DeskAction action, DeskChecks checks, DeskRecords records, LocalRecords local) {
        this.action = action;
        this.checks = checks;
        this.records = records;
        this.local = local;
    }

    public Done take(DeskUser user, String entryId, Reservation r) {
        Guest guest =
                Guest.checked(r.firstName(), r.lastName(), r.email(), r.phone(), r.notes(), r.adults(), r.children());
        return action.inOutage(user, entryId, entry -> {
            LocalDate today = entry.businessDate();
            stay(r.arrival(), r.departure(), today);
            checks.takeTurnForRoomNights();
            DeskRoom room = room(r.room(), r.arrival(), r.departure());
            String roomType = roomType(r.roomType(), room);
            checks.typeFree(room == null ? "roomType" : "room", roomType, r.arrival(), r.departure(), null);
            String source = DeskInput.blankToNull(r.source());
            if (source == null) {
                throw new Invalid("source", "choose where the reservation came from");
            }
            if (checks.active("source", source).isEmpty()) {
                throw new Invalid("source", "source " + source + " is not active on this standby");
            }
            BigDecimal rate = r.rate() != null
                    ? r.rate()
                    : checks.active("room-type", roomType)
                            .map(Code::defaultPrice)
                            .orElseThrow(() -> new Invalid(
                                    "rate", "room type " + roomType + " has no default price here: enter a rate"));
            rate = DeskInput.amount("rate", rate, true);
            DeskBooking after = new DeskBooking(
                    local.nextWalkInNumber(),
                    BookingOrigin.WALK_IN,
                    BookingStatus.RESERVED,
                    null,
                    guest.firstName(),
                    guest.lastName(),
                    guest.email(),
                    guest.phone(),
                    new StayTerms(
                            source,
                            roomType,
                            room == null ? null : room.number(),
                            r.arrival(),
                            r.departure(),
                            r.adults(),
                            r.children(),
                            rate,
                            null,
                            guest.notes()));
            records.booking(entry, null, after, (none, reserved) -> new Reserve(reserved), source, rate);
            String paid = deposit(entry, after, r.deposit());
            return "Reservation " + after.confirmation() + " for " + after.guestName() + ", " + after.arrival()
                    + " to " + after.departure() + (room == null ? " (" + roomType + ")" : " in room " + room.number())
                    + "." + paid;
        });
    }

    /** The stay: arrives today or later, within a year; at least one night, at most {@value #MAX_NIGHTS}. */
    static void stay(LocalDate arrival, LocalDate departure, LocalDate today) {
        if (arrival == null) {
            throw new Invalid("arrival", "is required");
        }
        if (arrival.isBefore(today)) {
            throw new Invalid("arrival", "is before the business date " + today);
        }
        if (arrival.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new Invalid("arrival", "is more than a year ahead; take it in the cloud when the line is back");
        }
        if (departure == null || !departure.isAfter(arrival)) {
            throw new Invalid("departure", "must be after the arrival " + arrival);
        }
        if (departure.isAfter(arrival.plusDays(MAX_NIGHTS))) {
            throw new Invalid("departure", "a reservation taken on the standby is at most " + MAX_NIGHTS + " nights");
        }
    }

    /** The room asked for, if any: in order and held by no booking on any night of the stay. */
    private DeskRoom room(String number, LocalDate arrival, LocalDate departure) {
        if (DeskInput.blankToNull(number) == null) {
            return null;
        }
        DeskRoom room = checks.room(number.strip());
        if (room.outOfOrder()) {
            throw new Invalid("room", "room " + room.number() + " is out of order");
        }
        checks.notHeld(room.number(), arrival, departure, null);
        return room;
    }

    /** The room type asked for (the room's when only a room is given), active on this standby. */
    private String roomType(String asked, DeskRoom room) {
        String type = DeskInput.blankToNull(asked);
        if (type == null) {
            if (room == null) {
                throw new Invalid("roomType", "choose a room type");
            }
            type = room.roomType();
        }
        if (checks.active("room-type", type).isEmpty()) {
            throw new Invalid("roomType", "room type " + type + " is not active on this standby");
        }
        if (room != null && !room.roomType().equals(type)) {
            throw new Invalid("room", "room " + room.number() + " is a " + room.roomType() + " room, not " + type);
        }
        return type;
    }

    /** The deposit as a payment on the new booking's folio, journaled as its own PAYMENT entry after the RESERVE. */
    private String deposit(DeskAction.Entry entry, DeskBooking booking, Deposit deposit) {
        if (deposit == null) {
            return "";
        }
        if (deposit.amount() == null) {
            throw new Invalid("deposit", "enter the deposit's amount, or leave the deposit's fields empty");
        }
        BigDecimal amount = DeskInput.amount("deposit", deposit.amount(), false);
        Code type = checks.receiptType(deposit.receiptType());
        String last4 = DeskInput.cardLast4(type, deposit.cardLast4());
        records.folioLine(
                entry.withId(depositEntryId(entry.id())),
                Payment::new,
                booking,
                new NewLine(
                        new Posting(
                                LineKind.PAYMENT,
                                type.code(),
                                "Deposit "
                                        + (DeskInput.blankToNull(type.description()) == null
                                                ? type.code()
                                                : type.description()),
                                BigDecimal.ONE,
                                amount,
                                amount,
                                entry.businessDate(),
                                last4),
                        null));
        return " Deposit " + DeskInput.money(amount) + " by " + type.code() + ".";
    }

    /** The deposit's own entry ID, derived from the reservation's, so a resent form takes the deposit once. */
    static String depositEntryId(String entryId) {
        return UUID.nameUUIDFromBytes((entryId + "/deposit").getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
