package app.innkeep.cloud.standbydata;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** The STANDBY_DATA_CHOICE table: at most one row per property, read on every feed page by primary key. */
@Store
@Singleton
public class StandbyDataChoices {

    private final Db db;

    public StandbyDataChoices(Db db) {
        this.db = db;
    }

    /**
     * Connectable: the feed's fast path ({@code NothingNew}) reads the choice with no transaction around it (ADR 0022);
     * inside a transaction this joins its connection.
     */
    @Connectable
    public Optional<StandbyDataChoice> of(long propertyId) {
        return db.one(
                "SELECT HISTORY_DAYS, CONTACT_DETAILS, NOTES, VERSION, CHOSEN_AT, CHOSEN_BY FROM STANDBY_DATA_CHOICE"
                        + " WHERE PROPERTY_ID = ?",
                rs -> new StandbyDataChoice(
                        new DataChoices(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3)),
                        rs.getLong(4),
                        Db.instant(rs, "CHOSEN_AT"),
                        rs.getString(6)),
                propertyId);
    }

    /** Writes the choice as the next version; the caller holds the property row's lock. */
    public void save(long propertyId, DataChoices choices, long version, Instant now, String by) {
        int updated = db.update(
                "UPDATE STANDBY_DATA_CHOICE SET HISTORY_DAYS = ?, CONTACT_DETAILS = ?, NOTES = ?, VERSION = ?,"
                        + " CHOSEN_AT = ?, CHOSEN_BY = ? WHERE PROPERTY_ID = ?",
                choices.historyDays(),
                choices.contactDetails(),
                choices.notes(),
                version,
                now,
                by,
                propertyId);
        if (updated == 0) {
            db.update(
                    "INSERT INTO STANDBY_DATA_CHOICE (PROPERTY_ID, HISTORY_DAYS, CONTACT_DETAILS, NOTES, VERSION,"
                            + " CHOSEN_AT, CHOSEN_BY) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    propertyId,
                    choices.historyDays(),
                    choices.contactDetails(),
                    choices.notes(),
                    version,
                    now,
                    by);
        }
    }
}
