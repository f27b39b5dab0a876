package app.innkeep.cloud.folio;

import app.innkeep.cloud.booking.FolioBalances;
import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.jdbc.FolioLineColumns;
import app.innkeep.model.reentry.NightRent;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Folio lines of all bookings. */
@Store
@Singleton
public class FolioLines implements FolioBalances {

    private static final String SELECT =
            "SELECT ID, PROPERTY_ID, BOOKING_ID, LINE_KIND, CODE, DESCRIPTION, QUANTITY, UNIT_PRICE,"
                    + " AMOUNT, BUSINESS_DATE, CARD_LAST4, CARD_TOKEN, REVERSES_LINE_ID, RENT_NIGHT, POSTED_AT, POSTED_BY,"
                    + " ORIGINAL_AT, REENTRY_ENTRY_ID FROM FOLIO_LINE";

    private static final String INSERT = "INSERT INTO FOLIO_LINE (PROPERTY_ID, BOOKING_ID, "
            + String.join(", ", FolioLineColumns.POSTING)
            + ", CARD_TOKEN, REVERSES_LINE_ID, RENT_NIGHT, POSTED_AT, POSTED_BY, ORIGINAL_AT, REENTRY_ENTRY_ID) VALUES ("
            + String.join(", ", Collections.nCopies(9 + FolioLineColumns.POSTING.size(), "?")) + ")";

    private final Db db;

    public FolioLines(Db db) {
        this.db = db;
    }

    public List<FolioLineRow> ofBooking(long propertyId, long bookingId) {
        return db.list(
                SELECT + " WHERE PROPERTY_ID = ? AND BOOKING_ID = ? ORDER BY ID",
                FolioLines::map,
                propertyId,
                bookingId);
    }

    public Optional<FolioLineRow> find(long propertyId, long bookingId, long lineId) {
        return db.one(
                SELECT + " WHERE PROPERTY_ID = ? AND BOOKING_ID = ? AND ID = ?",
                FolioLines::map,
                propertyId,
                bookingId,
                lineId);
    }

    public boolean isReversed(long lineId) {
        return db.count("SELECT COUNT(*) FROM FOLIO_LINE WHERE REVERSES_LINE_ID = ?", lineId) > 0;
    }

    public boolean hasRentFor(long bookingId, LocalDate night) {
        return db.count("SELECT COUNT(*) FROM FOLIO_LINE WHERE BOOKING_ID = ? AND RENT_NIGHT = ?", bookingId, night)
                > 0;
    }

    /** The night's RENT line of a booking, if it has one (there is at most one: FOLIO_LINE_RENT_UK). */
    public Optional<FolioLineRow> rentFor(long bookingId, LocalDate night) {
        return db.one(SELECT + " WHERE BOOKING_ID = ? AND RENT_NIGHT = ?", FolioLines::map, bookingId, night);
    }

    /**
     * The property's RENT per night from {@code first} to {@code last}: how many RENT lines are dated each night and
     * their total (voids are separate lines and do not change it). Nights without RENT are left out.
     */
    public List<NightRent> rentPerNight(long propertyId, LocalDate first, LocalDate last) {
        return db.list(
                "SELECT RENT_NIGHT, COUNT(*), SUM(AMOUNT) FROM FOLIO_LINE WHERE PROPERTY_ID = ? AND RENT_NIGHT"
                        + " BETWEEN ? AND ? GROUP BY RENT_NIGHT ORDER BY RENT_NIGHT",
                rs -> new NightRent(
                        Db.date(rs, "RENT_NIGHT"),
                        rs.getInt(2),
                        rs.getBigDecimal(3).setScale(2)),
                propertyId,
                first,
                last);
    }

    /** Charges minus payments. */
    @Override
    public BigDecimal balance(long propertyId, long bookingId) {
        return db.one(
                        "SELECT COALESCE(SUM(CASE WHEN LINE_KIND = 'CHARGE' THEN AMOUNT ELSE -AMOUNT END), 0) FROM FOLIO_LINE WHERE PROPERTY_ID = ? AND BOOKING_ID = ?",
                        rs -> rs.getBigDecimal(1).setScale(2),
                        propertyId,
                        bookingId)
                .orElseThrow();
    }

    public long insert(FolioLineRow l) {
        Object[] row = new Object[9 + FolioLineColumns.POSTING.size()];
        row[0] = l.propertyId();
        row[1] = l.bookingId();
        int at = FolioLineColumns.putPosting(row, 2, l.posting());
        row[at] = l.cardToken();
        row[at + 1] = l.reversesLineId();
        row[at + 2] = l.rentNight();
        row[at + 3] = l.postedAt();
        row[at + 4] = l.postedBy();
        row[at + 5] = l.originalAt();
        row[at + 6] = l.reentryEntryId();
        return db.insert(INSERT, row);
    }

    static FolioLineRow map(ResultSet rs) throws SQLException {
        return new FolioLineRow(
                rs.getLong("ID"),
                rs.getLong("PROPERTY_ID"),
                rs.getLong("BOOKING_ID"),
                FolioLineColumns.posting(rs),
                rs.getString("CARD_TOKEN"),
                FolioLineColumns.reversesLineId(rs),
                Db.date(rs, "RENT_NIGHT"),
                Db.instant(rs, "POSTED_AT"),
                rs.getString("POSTED_BY"),
                Db.instant(rs, "ORIGINAL_AT"),
                rs.getString("REENTRY_ENTRY_ID"));
    }
}
