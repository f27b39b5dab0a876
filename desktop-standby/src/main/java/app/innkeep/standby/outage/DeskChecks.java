package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.LineKind;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.desk.RoomNights;
import app.innkeep.standby.input.Invalid;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Locale;

/** The checks several desk actions share, against what the desk holds now: the booking, the room, the folio line. */
@Singleton
class DeskChecks {

    private final DeskQueries desk;
    private final RoomNights nights;

    DeskChecks(DeskQueries desk, RoomNights nights) {
        this.desk = desk;
        this.nights = nights;
    }

    /** Waits for any other desk action taking room nights to finish: checks and writes then see each other's. */
    void takeTurnForRoomNights() {
        nights.takeTurn();
    }

    /** The room type has a room left on every night of the stay, counting every booking but {@code confirmation}. */
    void typeFree(String field, String roomType, LocalDate from, LocalDate to, String confirmation) {
        nights.firstSoldOutNight(roomType, from, to, confirmation).ifPresent(night -> {
            throw new Invalid(field, "no " + roomType + " room is left for the night of " + night + " on this standby");
        });
    }

    DeskBooking existing(String confirmation) {
        return desk.booking(confirmation)
                .orElseThrow(
                        () -> new Invalid("confirmation", "there is no booking " + confirmation + " on this standby"));
    }

    /** A booking that takes charges and payments: any but a cancelled or no-show one. */
    DeskBooking postable(String confirmation) {
        DeskBooking booking = existing(confirmation);
        if (booking.status() == BookingStatus.CANCELLED || booking.status() == BookingStatus.NO_SHOW) {
            throw new Invalid(
                    null,
                    "booking " + booking.confirmation() + " is " + booking.status() + "; nothing can be posted to it");
        }
        return booking;
    }

    /** A line of this kind on the booking's folio that can still be taken back (voided or refunded). */
    FolioEntry reversible(DeskBooking booking, long lineId, LineKind kind) {
        FolioEntry line = desk.folioLine(booking.confirmation(), lineId)
                .orElseThrow(() -> new Invalid("lineId", "folio " + booking.confirmation() + " has no line " + lineId));
        if (line.kind() != kind || line.amount().signum() <= 0 || line.reversesLineId() != null) {
            throw new Invalid(
                    "lineId",
                    "line " + lineId + " is not a " + kind.name().toLowerCase(Locale.ROOT) + " that can be "
                            + (kind == LineKind.CHARGE ? "voided" : "refunded"));
        }
        return line;
    }

    static void requireStatus(DeskBooking booking, BookingStatus status, String verb) {
        if (booking.status() != status) {
            throw new Invalid(
                    "status",
                    "booking " + booking.confirmation() + " is " + booking.status() + "; only a " + status
                            + " booking can be " + verb);
        }
    }

    DeskRoom room(String number) {
        return desk.room(number).orElseThrow(() -> new Invalid("room", "there is no room " + number));
    }

    /** A room the guest can move into now: exists, in order, clean or inspected, free for the nights. */
    DeskRoom readyRoom(String number, LocalDate from, LocalDate to, String confirmation) {
        DeskRoom room = room(number);
        if (room.outOfOrder()) {
            throw new Invalid("room", "room " + number + " is out of order");
        }
        if (!room.ready()) {
            throw new Invalid(
                    "room",
                    "room " + number + " is " + room.housekeeping().name().toLowerCase(Locale.ROOT)
                            + "; it must be clean or inspected (change its status on the room rack)");
        }
        notHeld(number, from, to, confirmation);
        return room;
    }

    /** No booking other than {@code confirmation} holds the room for any of these nights. */
    void notHeld(String room, LocalDate from, LocalDate to, String confirmation) {
        desk.roomHeldBy(room, from, to, confirmation).ifPresent(other -> {
            throw new Invalid("room", "room " + room + " is held by booking " + other + " for part of these nights");
        });
    }

    Code receiptType(String receiptType) {
        if (DeskInput.blankToNull(receiptType) == null) {
            throw new Invalid("receiptType", "choose a receipt type");
        }
        return active("receipt-type", receiptType.strip())
                .orElseThrow(() ->
                        new Invalid("receiptType", "receipt type " + receiptType.strip() + " is not active here"));
    }

    java.util.Optional<Code> active(String kind, String code) {
        return desk.code(kind, code);
    }
}
