package app.innkeep.cloud.reentry;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.model.reentry.ReentryAction;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Re-entered standby journal entries, one per property and entry id. */
@Store
@Singleton
public class ReentryEntries {

    /** A recorded entry: what it was and what it became in the cloud. */
    public record EntryRow(
            long propertyId,
            String entryId,
            ReentryAction action,
            String bookingRef,
            String cloudConfirmation,
            Long lineId,
            BigDecimal amount,
            Instant originalAt,
            LocalDate businessDate,
            String enteredBy,
            long deviceId,
            Instant recordedAt) {}

    private static final String SELECT =
            "SELECT PROPERTY_ID, ENTRY_ID, ACTION_NAME, BOOKING_REF, CLOUD_CONFIRMATION, LINE_ID, AMOUNT, ORIGINAL_AT,"
                    + " BUSINESS_DATE, ENTERED_BY, DEVICE_ID, RECORDED_AT FROM REENTRY_ENTRY";
    /** Entry ids per query: well below any driver's parameter limit. */
    private static final int CHUNK = 500;

    private final Db db;

    public ReentryEntries(Db db) {
        this.db = db;
    }

    public Optional<EntryRow> find(long propertyId, String entryId) {
        return db.one(SELECT + " WHERE PROPERTY_ID = ? AND ENTRY_ID = ?", ReentryEntries::map, propertyId, entryId);
    }

    /** The entries among {@code entryIds} that were recorded, in no particular order. */
    public List<EntryRow> findAll(long propertyId, List<String> entryIds) {
        List<EntryRow> found = new ArrayList<>();
        for (int from = 0; from < entryIds.size(); from += CHUNK) {
            List<String> chunk = entryIds.subList(from, Math.min(entryIds.size(), from + CHUNK));
            List<Object> params = new ArrayList<>(List.of(propertyId));
            params.addAll(chunk);
            found.addAll(db.list(
                    SELECT + " WHERE PROPERTY_ID = ? AND ENTRY_ID IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    ReentryEntries::map,
                    params.toArray()));
        }
        return found;
    }

    public void insert(EntryRow e) {
        db.update(
                "INSERT INTO REENTRY_ENTRY (PROPERTY_ID, ENTRY_ID, ACTION_NAME, BOOKING_REF, CLOUD_CONFIRMATION, LINE_ID, AMOUNT,"
                        + " ORIGINAL_AT, BUSINESS_DATE, ENTERED_BY, DEVICE_ID, RECORDED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.propertyId(),
                e.entryId(),
                e.action(),
                e.bookingRef(),
                e.cloudConfirmation(),
                e.lineId(),
                e.amount(),
                e.originalAt(),
                e.businessDate(),
                e.enteredBy(),
                e.deviceId(),
                e.recordedAt());
    }

    private static EntryRow map(ResultSet rs) throws SQLException {
        long line = rs.getLong("LINE_ID");
        Long lineId = rs.wasNull() ? null : line;
        return new EntryRow(
                rs.getLong("PROPERTY_ID"),
                rs.getString("ENTRY_ID"),
                ReentryAction.valueOf(rs.getString("ACTION_NAME")),
                rs.getString("BOOKING_REF"),
                rs.getString("CLOUD_CONFIRMATION"),
                lineId,
                rs.getBigDecimal("AMOUNT"),
                Db.instant(rs, "ORIGINAL_AT"),
                Db.date(rs, "BUSINESS_DATE"),
                rs.getString("ENTERED_BY"),
                rs.getLong("DEVICE_ID"),
                Db.instant(rs, "RECORDED_AT"));
    }
}
