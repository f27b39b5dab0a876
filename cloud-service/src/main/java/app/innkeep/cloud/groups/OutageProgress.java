package app.innkeep.cloud.groups;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cloud knows of a property's re-entry after an outage: the standby's journal entries it has received, per
 * business day of the outage, and who closed each of those days (the cloud's night audit, or the standby's close
 * re-entered, ADR 0017). The standby's sign-off is recorded on the standby alone; the cloud keeps no row of it.
 */
@Store
@Singleton
public class OutageProgress {

    /** One business day of re-entered work. {@code closedBy} is null while the day is still open in the cloud. */
    public record ReentryDay(
            LocalDate businessDate,
            long entries,
            Instant firstReceivedAt,
            Instant lastReceivedAt,
            String closedBy,
            Instant closedAt) {}

    private final Db db;

    public OutageProgress(Db db) {
        this.db = db;
    }

    private record Close(LocalDate businessDate, String closedBy, Instant closedAt) {}

    /** The latest {@code days} business days with re-entered entries, newest first. */
    public List<ReentryDay> recentDays(long propertyId, int days) {
        Map<LocalDate, Close> closes = new HashMap<>();
        db.list(
                        "SELECT BUSINESS_DATE, CLOSED_BY, CLOSED_AT FROM BUSINESS_DAY_CLOSE WHERE PROPERTY_ID = ?",
                        rs -> new Close(
                                Db.date(rs, "BUSINESS_DATE"),
                                rs.getString("CLOSED_BY").strip(),
                                Db.instant(rs, "CLOSED_AT")),
                        propertyId)
                .forEach(c -> closes.put(c.businessDate(), c));
        return db
                .list(
                        "SELECT BUSINESS_DATE, COUNT(*) AS ENTRIES, MIN(RECORDED_AT) AS FIRST_AT,"
                                + " MAX(RECORDED_AT) AS LAST_AT FROM REENTRY_ENTRY WHERE PROPERTY_ID = ?"
                                + " GROUP BY BUSINESS_DATE ORDER BY BUSINESS_DATE DESC",
                        rs -> {
                            LocalDate date = Db.date(rs, "BUSINESS_DATE");
                            Close close = closes.get(date);
                            return new ReentryDay(
                                    date,
                                    rs.getLong("ENTRIES"),
                                    Db.instant(rs, "FIRST_AT"),
                                    Db.instant(rs, "LAST_AT"),
                                    close == null ? null : close.closedBy(),
                                    close == null ? null : close.closedAt());
                        },
                        propertyId)
                .stream()
                .limit(days)
                .toList();
    }
}
