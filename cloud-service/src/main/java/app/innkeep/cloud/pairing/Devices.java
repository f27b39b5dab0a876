package app.innkeep.cloud.pairing;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Paired devices and one-time pairing codes. */
@Store
@Singleton
public class Devices {

    private static final String SELECT =
            "SELECT D.ID, D.PROPERTY_ID, P.CODE, D.NAME, D.PAIRED_AT, D.PAIRED_BY, D.REVOKED_AT,"
                    + " D.LAST_SEEN_AT, D.LAST_SEQUENCE FROM DEVICE D JOIN PROPERTY P ON P.ID = D.PROPERTY_ID";

    private final Db db;

    public Devices(Db db) {
        this.db = db;
    }

    public Optional<DeviceRow> byTokenHash(String tokenHash) {
        return db.one(SELECT + " WHERE D.TOKEN_HASH = ?", Devices::map, tokenHash);
    }

    public Optional<DeviceRow> byId(long id) {
        return db.one(SELECT + " WHERE D.ID = ?", Devices::map, id);
    }

    public List<DeviceRow> ofProperty(long propertyId) {
        return db.list(SELECT + " WHERE D.PROPERTY_ID = ? ORDER BY D.ID", Devices::map, propertyId);
    }

    public List<DeviceRow> all() {
        return db.list(SELECT + " ORDER BY P.CODE, D.ID", Devices::map);
    }

    public long insert(long propertyId, String name, String tokenHash, String pairedBy, Instant now) {
        return db.insert(
                "INSERT INTO DEVICE (PROPERTY_ID, NAME, TOKEN_HASH, PAIRED_AT, PAIRED_BY, LAST_SEQUENCE) VALUES (?, ?, ?, ?, ?, 0)",
                propertyId,
                name,
                tokenHash,
                now,
                pairedBy);
    }

    public void revoke(long id, String by, Instant now) {
        db.update("UPDATE DEVICE SET REVOKED_AT = ?, REVOKED_BY = ? WHERE ID = ? AND REVOKED_AT IS NULL", now, by, id);
    }

    /** Records that the device asked for the feed; the sequence only ever moves forward. */
    public void seen(long id, Instant now, long acknowledgedSequence) {
        db.update(
                "UPDATE DEVICE SET LAST_SEEN_AT = ?, LAST_SEQUENCE = CASE WHEN LAST_SEQUENCE < ? THEN ? ELSE LAST_SEQUENCE END WHERE ID = ?",
                now,
                acknowledgedSequence,
                acknowledgedSequence,
                id);
    }

    public void insertCode(String codeHash, long propertyId, String createdBy, Instant now, Instant expiresAt) {
        db.update(
                "INSERT INTO PAIRING_CODE (CODE_HASH, PROPERTY_ID, CREATED_BY, CREATED_AT, EXPIRES_AT) VALUES (?, ?, ?, ?, ?)",
                codeHash,
                propertyId,
                createdBy,
                now,
                expiresAt);
    }

    /** The property of an unused, unexpired code, claimed for this transaction (a second exchange finds it used). */
    public Optional<Long> claimCode(String codeHash, Instant now) {
        int claimed = db.update(
                "UPDATE PAIRING_CODE SET USED_AT = ? WHERE CODE_HASH = ? AND USED_AT IS NULL AND EXPIRES_AT > ?",
                now,
                codeHash,
                now);
        if (claimed == 0) {
            return Optional.empty();
        }
        return db.one("SELECT PROPERTY_ID FROM PAIRING_CODE WHERE CODE_HASH = ?", rs -> rs.getLong(1), codeHash);
    }

    public void attachDevice(String codeHash, long deviceId) {
        db.update("UPDATE PAIRING_CODE SET DEVICE_ID = ? WHERE CODE_HASH = ?", deviceId, codeHash);
    }

    static DeviceRow map(ResultSet rs) throws SQLException {
        return new DeviceRow(
                rs.getLong("ID"),
                rs.getLong("PROPERTY_ID"),
                rs.getString("CODE"),
                rs.getString("NAME"),
                Db.instant(rs, "PAIRED_AT"),
                rs.getString("PAIRED_BY"),
                Db.instant(rs, "REVOKED_AT"),
                Db.instant(rs, "LAST_SEEN_AT"),
                rs.getLong("LAST_SEQUENCE"));
    }
}
