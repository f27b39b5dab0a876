package app.innkeep.cloud.nightaudit;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The business days closed per property, one row each (the primary key keeps a day from being closed twice). */
@Store
@Singleton
public class ClosedDays {

    /** A closed day: by whom, through which standby entry if the standby closed it, and whether the cloud took over. */
    public record ClosedDay(
            long propertyId,
            LocalDate businessDate,
            DayCloser closedBy,
            String entryId,
            boolean takenOver,
            Instant closedAt,
            String actor) {}

    private final Db db;

    public ClosedDays(Db db) {
        this.db = db;
    }

    public Optional<ClosedDay> find(long propertyId, LocalDate businessDate) {
        return db.one(
                "SELECT PROPERTY_ID, BUSINESS_DATE, CLOSED_BY, ENTRY_ID, TAKEN_OVER, CLOSED_AT, ACTOR"
                        + " FROM BUSINESS_DAY_CLOSE WHERE PROPERTY_ID = ? AND BUSINESS_DATE = ?",
                rs -> new ClosedDay(
                        rs.getLong("PROPERTY_ID"),
                        Db.date(rs, "BUSINESS_DATE"),
                        DayCloser.valueOf(rs.getString("CLOSED_BY").strip()),
                        rs.getString("ENTRY_ID"),
                        rs.getBoolean("TAKEN_OVER"),
                        Db.instant(rs, "CLOSED_AT"),
                        rs.getString("ACTOR")),
                propertyId,
                businessDate);
    }

    /** Fails with {@code Db.ConstraintViolated} when the day was closed already. */
    public void insert(ClosedDay day) {
        db.update(
                "INSERT INTO BUSINESS_DAY_CLOSE (PROPERTY_ID, BUSINESS_DATE, CLOSED_BY, ENTRY_ID, TAKEN_OVER, CLOSED_AT,"
                        + " ACTOR) VALUES (?, ?, ?, ?, ?, ?, ?)",
                day.propertyId(),
                day.businessDate(),
                day.closedBy().name(),
                day.entryId(),
                day.takenOver(),
                day.closedAt(),
                day.actor());
    }
}
