package app.innkeep.cloud.property;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The properties table: read and changed through Micronaut Data (ADR 0015), except the confirmation counter and the
 * row lock, which stay hand SQL through {@link Db} because they are taken under the property row's lock.
 */
@Store
@Singleton
public class Properties {

    /** Cloud confirmation numbers start here, far from the standby's D-numbers. */
    static final long FIRST_CONFIRMATION = 100001;

    private final PropertyTable table;
    private final Db db;

    public Properties(PropertyTable table, Db db) {
        this.table = table;
        this.db = db;
    }

    public Optional<PropertyRow> byCode(String code) {
        return table.findByCode(code).map(PropertyTableRow::property);
    }

    public Optional<PropertyRow> byId(long id) {
        return table.findById(id).map(PropertyTableRow::property);
    }

    public List<PropertyRow> all() {
        return table.findAllOrderByCode().stream()
                .map(PropertyTableRow::property)
                .toList();
    }

    public long insert(
            String code, String name, String timeZone, String currency, LocalDate businessDate, Instant now) {
        return table.save(new PropertyTableRow(
                        null, code, name, timeZone, currency, businessDate, false, FIRST_CONFIRMATION, now))
                .id();
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
        table.changeBackupEnabled(propertyId, enabled);
    }

    public void setBusinessDate(long propertyId, LocalDate date) {
        table.changeBusinessDate(propertyId, date);
    }
}
