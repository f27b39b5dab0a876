package app.innkeep.standby.outage;

import app.innkeep.model.BookingRules;
import app.innkeep.model.BookingStatus;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import app.innkeep.model.Violations;
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
        return action.inOutage(user, entryId, entry -> {
            LocalDate today = entry.businessDate();
            // Every fault of the form at once: the shared rules, then what this copy holds (rooms, codes, prices).
            Violations faults = new Violations();
            Guest guest = Guest.checked(
                    faults, r.firstName(), r.lastName(), r.email(), r.phone(), r.notes(), r.adults(), r.children());
            BookingRules.newStay(faults, r.arrival(), r.departure(), today, BookingRules.HORIZON);
            boolean datesOk = !faults.has("arrival") && !faults.has("departure");
            checks.takeTurnForRoomNights();
            DeskRoom room = datesOk ? DeskInput.gather(faults, () -> room(r.room(), r.arrival(), r.departure())) : null;
            // A room asked for but refused says why; its type is not asked for again.
            boolean roomRefused = room == null && DeskInput.blankToNull(r.room()) != null;
            String roomType = roomRefused && DeskInput.blankToNull(r.roomType()) == null
                    ? null
                    : DeskInput.gather(faults, () -> roomType(r.roomType(), room));
            if (roomRefused && !faults.has("room")) {
                faults.add("room", "choose a room once the dates are right");
            }
            if (datesOk && roomType != null && !faults.has("room")) {
                DeskInput.gather(faults, () -> {
                    checks.typeFree(room == null ? "roomType" : "room", roomType, r.arrival(), r.departure(), null);
                    return null;
                });
            }
            String source = DeskInput.blankToNull(r.source());
            if (source == null) {
                faults.add("source", "choose where the reservation came from");
            } else if (checks.active("source", source).isEmpty()) {
                faults.add("source", "source " + source + " is not active on this standby");
            }
            BigDecimal rate = r.rate();
            if (rate == null && roomType != null) {
                rate = checks.active("room-type", roomType)
                        .map(Code::defaultPrice)
                        .orElse(null);
                if (rate == null) {
                    faults.add("rate", "room type " + roomType + " has no default price here: enter a rate");
                }
            }
            faults.add("rate", rate == null ? java.util.Optional.empty() : BookingRules.amount(rate, true));
            depositFaults(faults, r.deposit());
            Invalid.refuse(faults);
            rate = rate.setScale(2, java.math.RoundingMode.UNNECESSARY);
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
        BigDecimal amount = deposit.amount().setScale(2, java.math.RoundingMode.UNNECESSARY);
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

    /** The deposit's faults, gathered with the rest of the form's. */
    private void depositFaults(Violations faults, Deposit deposit) {
        if (deposit == null) {
            return;
        }
        if (deposit.amount() == null) {
            faults.add("deposit", "enter the deposit's amount, or leave the deposit's fields empty");
        } else {
            faults.add("deposit", BookingRules.amount(deposit.amount(), false));
        }
        Code type = DeskInput.gather(faults, () -> checks.receiptType(deposit.receiptType()));
        if (type != null) {
            DeskInput.gather(faults, () -> DeskInput.cardLast4(type, deposit.cardLast4()));
        }
    }

    /** The deposit's own entry ID, derived from the reservation's, so a resent form takes the deposit once. */
    static String depositEntryId(String entryId) {
        return UUID.nameUUIDFromBytes((entryId + "/deposit").getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
