package app.innkeep.cloud.feed;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.jdbc.BookingColumns;
import app.innkeep.jdbc.FolioLineColumns;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.FolioLineState;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The rows a snapshot is made of, read one at a time: bookings still reserved or in house, or that departed after
 * {@code historyFrom}, each with its guest; and their folio lines; and how many of each there are, for its header. In no particular order: the standby loads them in
 * bulk, and sorting a year's rows would spill to disk on Derby (it was most of a snapshot's time).
 */
@Store
@Singleton
public class SnapshotRows {

    private static final int FETCH = 500;
    /*
     * Derby's optimizer overrides, in its comment syntax (PostgreSQL reads them as comments): the window's bookings
     * first, and for each its guest or lines through an index. Left to itself Derby hashes one side into a table of 1 MB
     * (derby.language.maxMemoryPerTable), which a year of a large hotel overflows to disk: most of a snapshot's time.
     */
    private static final String BOOKINGS_FIRST = "--DERBY-PROPERTIES joinOrder=FIXED\n";
    private static final String BY_INDEX = "--DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n";

    private static final String IN_WINDOW =
            "B.PROPERTY_ID = ? AND (B.STATUS IN ('RESERVED', 'CHECKED_IN') OR B.DEPARTURE >= ?)";

    private final Db db;

    public SnapshotRows(Db db) {
        this.db = db;
    }

    /**
     * Makes everything read after this in the transaction one consistent picture: a repeatable-read snapshot on
     * PostgreSQL (this must be the transaction's first statement), the property row locked against writers on Derby.
     */
    public void beginConsistentRead(long propertyId) {
        if (db.isDerby()) {
            db.update("UPDATE PROPERTY SET NEXT_CONFIRMATION = NEXT_CONFIRMATION WHERE ID = ?", propertyId);
        } else {
            db.update("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        }
    }

    /** How many bookings {@link #forEachBooking} gives, in the same consistent read. */
    public long countBookings(long propertyId, LocalDate historyFrom) {
        // Every booking has its guest (a foreign key): no join needed to count them.
        return db.count("SELECT COUNT(*) FROM BOOKING B WHERE " + IN_WINDOW, propertyId, historyFrom);
    }

    /** How many folio lines {@link #forEachFolioLine} gives, in the same consistent read. */
    public long countFolioLines(long propertyId, LocalDate historyFrom) {
        return db.count(
                "SELECT COUNT(*) FROM " + BOOKINGS_FIRST + "BOOKING B, FOLIO_LINE L " + BY_INDEX
                        + "WHERE L.PROPERTY_ID = B.PROPERTY_ID AND L.BOOKING_ID = B.ID AND " + IN_WINDOW,
                propertyId,
                historyFrom);
    }

    public void forEachBooking(long propertyId, LocalDate historyFrom, Consumer<BookingState> handler) {
        db.forEach(
                "SELECT B.*, G.ID AS G_ID, G.FIRST_NAME, G.LAST_NAME, G.EMAIL, G.PHONE FROM " + BOOKINGS_FIRST
                        + "BOOKING B, GUEST G " + BY_INDEX + "WHERE G.ID = B.GUEST_ID AND " + IN_WINDOW,
                FETCH,
                rs -> handler.accept(BookingColumns.state(rs, BookingColumns.guest(rs, "G_ID"))),
                propertyId,
                historyFrom);
    }

    public void forEachFolioLine(long propertyId, LocalDate historyFrom, Consumer<FolioLineState> handler) {
        db.forEach(
                // The lines are reached through their (property, booking) index, booking by booking.
                "SELECT L.*, B.CONFIRMATION FROM " + BOOKINGS_FIRST + "BOOKING B, FOLIO_LINE L " + BY_INDEX
                        + "WHERE L.PROPERTY_ID = B.PROPERTY_ID AND L.BOOKING_ID = B.ID AND " + IN_WINDOW,
                FETCH,
                rs -> handler.accept(FolioLineColumns.state(rs, "ID")),
                propertyId,
                historyFrom);
    }
}
