package app.innkeep.standby.outage;

import app.innkeep.model.Housekeeping;
import app.innkeep.model.Posting;
import app.innkeep.standby.desk.DeskBooking;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The desk's own records during an outage, kept apart from the cloud's copy: a full resync replaces the copy and
 * leaves these alone, and the feed never writes here. In the caller's transaction.
 */
@Singleton
public class LocalRecords {

    private final LocalBookingRows bookings;
    private final LocalFolioLineRows lines;
    private final LocalRoomRows rooms;

    LocalRecords(LocalBookingRows bookings, LocalFolioLineRows lines, LocalRoomRows rooms) {
        this.bookings = bookings;
        this.lines = lines;
        this.rooms = rooms;
    }

    /** Next walk-in number, D1001 onwards: never reused, and never a cloud number (those are digits only). */
    public String nextWalkInNumber() {
        return "D" + bookings.nextWalkInNumber();
    }

    /**
     * Saves the desk's version of a booking. {@code base} is the cloud's version the first time a cloud booking is
     * changed here; later changes keep that first base.
     */
    public void saveBooking(DeskBooking b, String base, long outageId, Instant now) {
        // A version retired at an earlier outage's sign-off is history: this outage starts afresh from the cloud's.
        bookings.deleteByConfirmationAndRetiredAtIsNotNull(b.confirmation());
        var earlier = bookings.findById(b.confirmation());
        LocalBookingRow row = new LocalBookingRow(
                b.confirmation(),
                b.origin(),
                b.status(),
                b.guestId(),
                b.firstName(),
                b.lastName(),
                b.searchName(),
                b.email(),
                b.phone(),
                b.source(),
                b.roomType(),
                b.room(),
                b.arrival(),
                b.departure(),
                b.adults(),
                b.children(),
                b.rate(),
                b.cancelReason(),
                b.notes(),
                earlier.map(LocalBookingRow::baseState).orElse(base),
                earlier.map(LocalBookingRow::outageId).orElse(outageId),
                now,
                null);
        if (earlier.isPresent()) {
            bookings.update(row);
        } else {
            bookings.save(row);
        }
    }

    /** Posts a folio line here; returns its (negative) ID. */
    public long postLine(
            String confirmation, Posting posting, Long reversesLineId, String entryId, Instant now, String username) {
        long id = -lines.nextLineNumber();
        lines.save(new LocalFolioLineRow(
                id,
                confirmation,
                posting.kind(),
                posting.code(),
                posting.description(),
                posting.quantity(),
                posting.unitPrice(),
                posting.amount(),
                posting.businessDate(),
                posting.cardLast4(),
                reversesLineId,
                entryId,
                now,
                username,
                null));
        return id;
    }

    public void roomStatus(String room, Housekeeping housekeeping, boolean outOfOrder, Instant now) {
        rooms.deleteByRoomNumberAndRetiredAtIsNotNull(room);
        if (rooms.existsById(room)) {
            rooms.update(room, housekeeping, outOfOrder, now);
        } else {
            rooms.save(new LocalRoomRow(room, housekeeping, outOfOrder, now, null));
        }
    }

    /** The balance of the lines the desk posted to this booking and has not retired; a payment lowers it. */
    public BigDecimal deskLinesBalance(String confirmation) {
        return lines.liveBalance(confirmation);
    }

    /**
     * The outage is signed off: its bookings and folio lines, and every room state the desk set, retire, and the
     * cloud's copy (which now holds them) shows again.
     */
    public void retire(long outageId, Instant now) {
        bookings.updateByOutageIdAndRetiredAtIsNull(outageId, now);
        lines.retireOutage(outageId, now);
        rooms.updateByRetiredAtIsNull(now);
    }
}
