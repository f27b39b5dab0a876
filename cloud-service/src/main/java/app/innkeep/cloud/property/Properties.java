package app.innkeep.cloud.property;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The properties table. */
@Store
@Singleton
public class Properties {

    private static final String COLUMNS =
            "ID, CODE, NAME, TIME_ZONE, CURRENCY, BUSINESS_DATE, BACKUP_ENABLED, CREATED_AT";

    /** Cloud confirmation numbers start here, far from the standby's D-numbers. */
    static final long FIRST_CONFIRMATION = 100001;

    private final Db db;

    public Properties(Db db) {
        this.db = db;
    }

    public Optional<PropertyRow> byCode(String code) {
        return db.one("SELECT " + COLUMNS + " FROM PROPERTY WHERE CODE = ?", Properties::map, code);
    }

    public Optional<PropertyRow> byId(long id) {
        return db.one("SELECT " + COLUMNS + " FROM PROPERTY WHERE ID = ?", Properties::map, id);
    }

    public List<PropertyRow> all() {
        return db.list("SELECT " + COLUMNS + " FROM PROPERTY ORDER BY CODE", Properties::map);
    }

    public long insert(
            String code, String name, String timeZone, String currency, LocalDate businessDate, Instant now) {
        return db.insert(
                "INSERT INTO PROPERTY (CODE, NAME, TIME_ZONE, CURRENCY, BUSINESS_DATE, BACKUP_ENABLED, NEXT_CONFIRMATION, CREATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)",
                code,
                name,
                timeZone,
                currency,
                businessDate,
                FIRST_CONFIRMATION,
                now);
    }

    /**
     * Takes the next confirmation number. The update locks the property row until the transaction ends, which also
     * serialises booking creation per property (room-type availability stays exact under concurrency).
     */
    public long nextConfirmation(long propertyId) {
        db.update("UPDATE PROPERTY SET NEXT_CONFIRMATION = NEXT_CONFIRMATION + 1 WHERE ID = ?", propertyId);
        return db.one("SELECT NEXT_CONFIRMATION - 1 FROM PROPERTY WHERE ID = ?", rs -> rs.getLong(1), propertyId)
                .orElseThrow();
    }

    /** Locks the property row for the rest of the transaction (night audit, availability-sensitive changes). */
    public void lock(long propertyId) {
        db.update("UPDATE PROPERTY SET NEXT_CONFIRMATION = NEXT_CONFIRMATION WHERE ID = ?", propertyId);
    }

    public void setBackupEnabled(long propertyId, boolean enabled) {
        db.update("UPDATE PROPERTY SET BACKUP_ENABLED = ? WHERE ID = ?", enabled, propertyId);
    }

    public void setBusinessDate(long propertyId, LocalDate date) {
        db.update("UPDATE PROPERTY SET BUSINESS_DATE = ? WHERE ID = ?", date, propertyId);
    }

    static PropertyRow map(ResultSet rs) throws SQLException {
        return new PropertyRow(
                rs.getLong("ID"),
                rs.getString("CODE"),
                rs.getString("NAME"),
                rs.getString("TIME_ZONE"),
                rs.getString("CURRENCY"),
                Db.date(rs, "BUSINESS_DATE"),
                rs.getBoolean("BACKUP_ENABLED"),
                Db.instant(rs, "CREATED_AT"));
    }
}
