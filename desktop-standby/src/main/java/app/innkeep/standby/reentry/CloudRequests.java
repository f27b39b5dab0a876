package app.innkeep.standby.reentry;

import app.innkeep.model.journal.JournalBooking;
import app.innkeep.model.journal.JournalChange;
import app.innkeep.model.journal.JournalChange.Cancel;
import app.innkeep.model.journal.JournalChange.Charge;
import app.innkeep.model.journal.JournalChange.CheckIn;
import app.innkeep.model.journal.JournalChange.CheckOut;
import app.innkeep.model.journal.JournalChange.DayClosed;
import app.innkeep.model.journal.JournalChange.Modify;
import app.innkeep.model.journal.JournalChange.OutageEnded;
import app.innkeep.model.journal.JournalChange.OutageStarted;
import app.innkeep.model.journal.JournalChange.Payment;
import app.innkeep.model.journal.JournalChange.Refund;
import app.innkeep.model.journal.JournalChange.Rent;
import app.innkeep.model.journal.JournalChange.Reserve;
import app.innkeep.model.journal.JournalChange.RoomStatus;
import app.innkeep.model.journal.JournalChange.VoidCharge;
import app.innkeep.model.journal.JournalChange.WalkIn;
import app.innkeep.model.journal.JournalLine;
import app.innkeep.model.json.JsonException;
import app.innkeep.model.reentry.ReentryAction;
import app.innkeep.model.reentry.ReentryRequest;
import app.innkeep.model.reentry.ReentryRequest.Booking;
import app.innkeep.model.reentry.ReentryRequest.Line;
import app.innkeep.model.reentry.ReentryRequest.Room;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.JournalEntry;
import app.innkeep.standby.outage.OutageJournal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Turns a journal entry into its re-entry request: the action with the standby's values, the original time and
 * business date, and the auditor's choices applied (a field the cloud wins is not sent; a walk-in moved to another
 * room is sent with that room).
 */
final class CloudRequests {

    private CloudRequests() {}

    /**
     * @param choices the auditor's, for this entry's booking
     * @param cloudLine the cloud line a (negative) standby line became, for voids and refunds
     */
    static ReentryRequest request(JournalEntry e, AuditorChoices choices, LongFunction<Long> cloudLine) {
        JournalChange change;
        try {
            change = OutageJournal.change(e);
        } catch (JsonException unreadable) {
            throw new Invalid(null, "the journal entry cannot be read: " + unreadable.getMessage());
        }
        return switch (change) {
            case OutageStarted s -> throw nothingToReenter(e);
            case OutageEnded s -> throw nothingToReenter(e);
            case WalkIn(JournalBooking after) ->
                request(e, ReentryAction.WALK_IN, newBooking(after, choices), null, null);
            case Reserve(JournalBooking after) ->
                request(e, ReentryAction.RESERVE, newBooking(after, choices), null, null);
            case CheckIn(JournalBooking before, JournalBooking after) -> {
                boolean cloudWinsRoom = choices.cloudWinsField("room");
                yield request(
                        e,
                        ReentryAction.CHECK_IN,
                        cloudWinsRoom
                                ? Booking.NOTHING
                                : Booking.room(choices.standbyValue("room").orElse(after.room())),
                        null,
                        null);
            }
            case CheckOut c -> request(e, ReentryAction.CHECK_OUT, Booking.NOTHING, null, null);
            case Modify(JournalBooking before, JournalBooking after) ->
                request(
                        e,
                        ReentryAction.MODIFY,
                        Booking.change(
                                changed(choices, "arrival", before, after, JournalBooking::arrival, LocalDate::parse),
                                changed(
                                        choices,
                                        "departure",
                                        before,
                                        after,
                                        JournalBooking::departure,
                                        LocalDate::parse),
                                changed(choices, "room", before, after, JournalBooking::room, Function.identity()),
                                changed(choices, "rate", before, after, JournalBooking::rate, BigDecimal::new)),
                        null,
                        null);
            case Cancel(JournalBooking before, JournalBooking after) ->
                request(e, ReentryAction.CANCEL, Booking.cancel(String.valueOf(after.cancelReason())), null, null);
            case Charge(JournalLine l) ->
                request(
                        e,
                        ReentryAction.CHARGE,
                        null,
                        Line.charge(l.code(), l.quantity(), l.unitPrice(), l.description()),
                        null);
            case Payment(JournalLine l) ->
                request(
                        e,
                        ReentryAction.PAYMENT,
                        null,
                        Line.payment(l.code(), l.amount(), l.cardLast4(), l.description()),
                        null);
            case VoidCharge(JournalLine l) ->
                request(e, ReentryAction.VOID, null, Line.voiding(cloudLineOf(l, cloudLine), l.description()), null);
            case Refund(JournalLine l) ->
                request(
                        e,
                        ReentryAction.REFUND,
                        null,
                        Line.refund(cloudLineOf(l, cloudLine), l.amount().negate(), l.description()),
                        null);
            case RoomStatus(var before, var after) ->
                request(
                        e,
                        ReentryAction.ROOM_STATUS,
                        null,
                        null,
                        new Room(e.room(), after.housekeeping(), after.outOfOrder()));
            // One night of the standby's night audit: the entry's business date is the night; the cloud posts it
            // once per booking and night.
            case Rent(JournalLine l) ->
                request(
                        e,
                        ReentryAction.RENT,
                        null,
                        Line.charge(l.code(), l.quantity(), l.unitPrice(), l.description()),
                        null);
            // The closed day is the entry's business date; the cloud rolls from it to the next.
            case DayClosed d -> request(e, ReentryAction.DAY_CLOSED, null, null, null);
        };
    }

    /** A booking made on the standby, whole; a room the auditor moved it to (its own was sold) is sent instead. */
    private static Booking newBooking(JournalBooking after, AuditorChoices choices) {
        String room = choices.standbyValue("room").filter(r -> !r.isBlank()).orElse(after.room());
        return new Booking(
                after.firstName(),
                after.lastName(),
                after.email(),
                after.phone(),
                after.source(),
                after.roomType(),
                room,
                after.arrival(),
                after.departure(),
                after.adults(),
                after.children(),
                after.rate(),
                after.notes(),
                null);
    }

    private static ReentryRequest request(JournalEntry e, ReentryAction action, Booking booking, Line line, Room room) {
        return new ReentryRequest(
                action, e.bookingRef(), e.enteredAt(), e.businessDate(), e.username(), booking, line, room);
    }

    /**
     * A field a change sends: only when it changed; not when the cloud wins it; the auditor's value when the standby
     * wins it (read back from the text the choice was stored as).
     */
    private static <T> T changed(
            AuditorChoices choices,
            String field,
            JournalBooking before,
            JournalBooking after,
            Function<JournalBooking, T> value,
            Function<String, T> parse) {
        T now = value.apply(after);
        if (now == null || Objects.equals(now, value.apply(before))) {
            return null;
        }
        if (choices.cloudWinsField(field)) {
            return null; // the cloud's value stands
        }
        return choices.standbyValue(field)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .map(parse)
                .orElse(now);
    }

    private static long cloudLineOf(JournalLine line, LongFunction<Long> cloudLine) {
        long reverses = Objects.requireNonNull(line.reversesLineId(), "a void or refund names its line");
        if (reverses > 0) {
            return reverses;
        }
        Long mapped = cloudLine.apply(reverses);
        if (mapped == null) {
            throw new Invalid(null, "the line it reverses has not been re-entered yet");
        }
        return mapped;
    }

    private static Invalid nothingToReenter(JournalEntry e) {
        return new Invalid(null, "the journal action " + e.action() + " has nothing to re-enter");
    }
}
