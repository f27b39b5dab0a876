package app.innkeep.cloud.pairing;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.model.snapshot.KeptOnStandby;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Paired devices and one-time pairing codes (Micronaut Data, ADR 0015), but for the feed's one read per poll, which is
 * plain JDBC: the repository's implicit transaction and result mapping cost that read several times the statement.
 */
@Store
@Singleton
public class Devices {

    /**
     * The device, its property's flag, feed head and data choice in one indexed read: the whole cost of an up-to-date
     * poll (the fleet bench times it as it stands here).
     */
    public static final String AT_HEAD = "SELECT D.ID, D.PROPERTY_ID, P.CODE, D.REVOKED_AT, P.BACKUP_ENABLED,"
            + " P.NEXT_EVENT_SEQUENCE - 1, P.FEED_PURGED_THROUGH, D.LAST_SEEN_AT, D.STANDBY_VERSION,"
            + " C.VERSION, C.HISTORY_DAYS, C.CONTACT_DETAILS, C.NOTES"
            + " FROM DEVICE D JOIN PROPERTY P ON P.ID = D.PROPERTY_ID"
            + " LEFT JOIN STANDBY_DATA_CHOICE C ON C.PROPERTY_ID = D.PROPERTY_ID WHERE D.TOKEN_HASH = ?";

    private final DeviceTable devices;
    private final PairingCodeTable codes;
    private final Db db;

    public Devices(DeviceTable devices, PairingCodeTable codes, Db db) {
        this.devices = devices;
        this.codes = codes;
        this.db = db;
    }

    public Optional<DeviceRow> byTokenHash(String tokenHash) {
        return devices.byTokenHash(tokenHash);
    }

    /** Within the caller's connection (a transaction, or the fast path's {@code @Connectable} without one). */
    public Optional<DeviceAtHead> atHeadByTokenHash(String tokenHash) {
        return db.one(
                AT_HEAD,
                rs -> new DeviceAtHead(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        Db.instant(rs, "REVOKED_AT"),
                        rs.getBoolean(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        Db.instant(rs, "LAST_SEEN_AT"),
                        rs.getString(9),
                        rs.getObject(10) == null
                                ? null
                                : new KeptOnStandby(
                                        rs.getLong(10), rs.getInt(11), rs.getBoolean(12), rs.getBoolean(13))),
                tokenHash);
    }

    public Optional<DeviceRow> byId(long id) {
        return devices.byId(id);
    }

    public List<DeviceRow> ofProperty(long propertyId) {
        return devices.ofProperty(propertyId);
    }

    public List<DeviceRow> all() {
        return devices.all();
    }

    /** A newly paired device; {@code standbyVersion} as screened, null when the standby did not say. */
    public long insert(
            long propertyId, String name, String tokenHash, String pairedBy, Instant now, String standbyVersion) {
        return devices.save(new DeviceTableRow(
                        null, propertyId, name, tokenHash, now, pairedBy, null, null, null, 0, null, standbyVersion))
                .id();
    }

    /** Stores the version the standby says it runs (screened); callers write only when it changed. */
    public void standbyVersion(long id, String version) {
        devices.standbyVersion(id, version);
    }

    /** Revokes the device; {@code reason} (may be null from the API) is what its next sync is told. */
    public void revoke(long id, String by, Instant now, String reason) {
        devices.revoke(id, by, now, reason);
    }

    /** Records that the device asked for the feed; the sequence only ever moves forward. */
    public void seen(long id, Instant now, long acknowledgedSequence) {
        devices.seen(id, now, acknowledgedSequence);
    }

    public void insertCode(String codeHash, long propertyId, String createdBy, Instant now, Instant expiresAt) {
        codes.save(new PairingCodeTableRow(codeHash, propertyId, createdBy, now, expiresAt, null, null));
    }

    /** The property of an unused, unexpired code, claimed for this transaction (a second exchange finds it used). */
    public Optional<Long> claimCode(String codeHash, Instant now) {
        if (codes.claim(codeHash, now) == 0) {
            return Optional.empty();
        }
        return codes.propertyOf(codeHash);
    }

    public void attachDevice(String codeHash, long deviceId) {
        codes.attach(codeHash, deviceId);
    }
}
