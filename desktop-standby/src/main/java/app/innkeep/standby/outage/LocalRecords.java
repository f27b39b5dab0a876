package app.innkeep.standby.outage;

import app.innkeep.jdbc.FolioLineColumns;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.Posting;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The desk's own records during an outage, kept apart from the cloud's copy: a full resync replaces the copy and
 * leaves these alone, and the feed never writes here. In the caller's transaction.
 */
@Store
@Singleton
public class LocalRecords {

    private final Replica replica;

    public LocalRecords(Replica replica) {
        this.replica = replica;
    }

    /** Next walk-in number, D1001 onwards: never reused, and never a cloud number (those are digits only). */
    public String nextWalkInNumber() {
        return "D" + replica.count("VALUES NEXT VALUE FOR WALK_IN_NUMBER");
    }

    /**
     * Saves the desk's version of a booking. {@code base} is the cloud's version the first time a cloud booking is
     * changed here; later changes keep that first base.
     */
    public void saveBooking(DeskBooking b, String base, long outageId, Instant now) {
        // A version retired at an earlier outage's sign-off is history: this outage starts afresh from the cloud's.
        replica.update("DELETE FROM LOCAL_BOOKING WHERE CONFIRMATION = ? AND RETIRED_AT IS NOT NULL", b.confirmation());
        replica.upsert(
                "LOCAL_BOOKING",
                Replica.columns("CONFIRMATION", b.confirmation()),
                Replica.columns(
                        "ORIGIN", b.origin(),
                        "STATUS", b.status(),
                        "GUEST_ID", b.guestId(),
                        "FIRST_NAME", b.firstName(),
                        "LAST_NAME", b.lastName(),
                        "SEARCH_NAME", b.searchName(),
                        "EMAIL", b.email(),
                        "PHONE", b.phone(),
                        "SOURCE_CODE", b.source(),
                        "ROOM_TYPE", b.roomType(),
                        "ROOM_NUMBER", b.room(),
                        "ARRIVAL", b.arrival(),
                        "DEPARTURE", b.departure(),
                        "ADULTS", b.adults(),
                        "CHILDREN", b.children(),
                        "RATE", b.rate(),
                        "CANCEL_REASON", b.cancelReason(),
                        "NOTES", b.notes(),
                        "CHANGED_AT", now),
                Replica.columns("BASE_STATE", base, "OUTAGE_ID", outageId));
    }

    /** Posts a folio line here; returns its (negative) ID. */
    public long postLine(
            String confirmation, Posting posting, Long reversesLineId, String entryId, Instant now, String username) {
        long id = -replica.count("VALUES NEXT VALUE FOR LOCAL_LINE_NUMBER");
        Object[] row = new Object[6 + FolioLineColumns.POSTING.size()];
        row[0] = id;
        row[1] = confirmation;
        int at = FolioLineColumns.putPosting(row, 2, posting);
        row[at] = reversesLineId;
        row[at + 1] = entryId;
        row[at + 2] = now;
        row[at + 3] = username;
        replica.update(
                "INSERT INTO LOCAL_FOLIO_LINE (LINE_ID, CONFIRMATION, " + String.join(", ", FolioLineColumns.POSTING)
                        + ", REVERSES_LINE_ID, ENTRY_ID, POSTED_AT, POSTED_BY)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row);
        return id;
    }

    public void roomStatus(String room, Housekeeping housekeeping, boolean outOfOrder, Instant now) {
        replica.update("DELETE FROM LOCAL_ROOM WHERE ROOM_NUMBER = ? AND RETIRED_AT IS NOT NULL", room);
        replica.upsert(
                "LOCAL_ROOM",
                Replica.columns("ROOM_NUMBER", room),
                Replica.columns("HOUSEKEEPING", housekeeping, "OUT_OF_ORDER", outOfOrder, "CHANGED_AT", now));
    }
}
