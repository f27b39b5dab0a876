package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskInput.money;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.journal.JournalChange.CheckOut;
import app.innkeep.model.journal.JournalChange.Payment;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.input.Unconfirmed;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.outage.DeskRecords.NewLine;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * Checks a guest out. An open balance is settled first with the receipt type given (a payment journaled on its own);
 * a guest who is owed money is refunded from the folio first. Leaving before the departure date shortens the stay, so
 * the desk asks first; the check-out itself is journaled as always. The room is left dirty.
 */
@Singleton
public class CheckingOut {

    /** The form field that says yes to checking out early and shortening the stay. */
    public static final String CONFIRM_EARLY = "confirmEarly";

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final DeskAction action;
    private final DeskChecks checks;
    private final DeskRecords records;
    private final DeskQueries desk;

    public CheckingOut(DeskAction action, DeskChecks checks, DeskRecords records, DeskQueries desk) {
        this.action = action;
        this.checks = checks;
        this.records = records;
        this.desk = desk;
    }

    public Done checkOut(
            DeskUser user,
            String entryId,
            String confirmation,
            String receiptType,
            String cardLast4,
            boolean earlyConfirmed) {
        return action.inOutage(user, entryId, entry -> {
            LocalDate today = entry.businessDate();
            DeskBooking before = checks.existing(confirmation);
            DeskChecks.requireStatus(before, BookingStatus.CHECKED_IN, "checked out");
            BigDecimal balance = desk.balance(before.confirmation());
            String settled = "";
            if (balance.signum() < 0) {
                throw new Invalid(
                        "receiptType",
                        "the guest is owed " + money(balance.negate())
                                + ": refund it from the folio before checking out");
            }
            if (balance.signum() > 0) {
                if (DeskInput.blankToNull(receiptType) == null) {
                    throw new Invalid(
                            "receiptType", "the balance is " + money(balance) + ": choose how the guest pays it");
                }
                Code type = checks.receiptType(receiptType);
                String last4 = DeskInput.cardLast4(type, cardLast4);
                askWhenEarly(before, today, earlyConfirmed);
                records.folioLine(
                        entry.withId(settlementEntryId(entry.id())),
                        Payment::new,
                        before,
                        new NewLine(
                                new Posting(
                                        LineKind.PAYMENT,
                                        type.code(),
                                        type.description(),
                                        BigDecimal.ONE,
                                        balance,
                                        balance,
                                        entry.businessDate(),
                                        last4),
                                null));
                settled = " Settled " + money(balance) + " by " + type.code() + ".";
            }
            askWhenEarly(before, today, earlyConfirmed);
            DeskBooking after = before.changedHere()
                    .with(
                            BookingStatus.CHECKED_OUT,
                            before.roomType(),
                            before.room(),
                            before.arrival(),
                            departure(before, today),
                            before.rate(),
                            null);
            records.booking(entry, before, after, CheckOut::new, null, null);
            leaveDirty(entry, after.room());
            return "Checked out " + after.guestName() + " from room " + after.room() + "." + settled;
        });
    }

    /**
     * Asks before a check-out shortens the stay: "Departure is 14 Dec; check out today (12 Dec) and shorten the stay by
     * 2 nights?" — after the balance's checks, so the yes is not followed by a refusal.
     */
    private static void askWhenEarly(DeskBooking booking, LocalDate today, boolean confirmed) {
        long nights = ChronoUnit.DAYS.between(departure(booking, today), booking.departure());
        if (nights > 0 && !confirmed) {
            throw new Unconfirmed(
                    CONFIRM_EARLY,
                    "Check out and shorten the stay",
                    "Departure is " + DAY_MONTH.format(booking.departure()) + "; check out today ("
                            + DAY_MONTH.format(today) + ") and shorten the stay by " + nights
                            + (nights == 1 ? " night?" : " nights?"));
        }
    }

    /**
     * The room just left is dirty until housekeeping says otherwise, as in the cloud: it is not offered to the next
     * guest before then. Journaled as a room status of its own, so re-entry carries it to the cloud.
     */
    private void leaveDirty(DeskAction.Entry entry, String roomNumber) {
        if (roomNumber == null) {
            return;
        }
        desk.room(roomNumber)
                .filter(room -> room.housekeeping() != Housekeeping.DIRTY)
                .ifPresent(room -> records.roomStatus(
                        entry.withId(housekeepingEntryId(entry.id())), room, Housekeeping.DIRTY, room.outOfOrder()));
    }

    /** The room status's own entry ID, derived from the check-out's, so a resent check-out journals it once. */
    static String housekeepingEntryId(String entryId) {
        return UUID.nameUUIDFromBytes((entryId + "/housekeeping").getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * The day the guest leaves: the booked departure when it has come; today when leaving early; the day after arrival
     * when leaving on the day of arrival (a stay is at least one night).
     */
    static LocalDate departure(DeskBooking booking, LocalDate today) {
        if (!today.isBefore(booking.departure())) {
            return booking.departure();
        }
        return today.isAfter(booking.arrival()) ? today : booking.arrival().plusDays(1);
    }

    /** The settling payment's own entry ID, derived from the check-out's, so a resent check-out settles once. */
    static String settlementEntryId(String entryId) {
        return UUID.nameUUIDFromBytes((entryId + "/settlement").getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
