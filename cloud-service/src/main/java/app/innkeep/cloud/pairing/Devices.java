package app.innkeep.cloud.pairing;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Paired devices and one-time pairing codes (Micronaut Data, ADR 0015). */
@Singleton
public class Devices {

    private final DeviceTable devices;
    private final PairingCodeTable codes;

    public Devices(DeviceTable devices, PairingCodeTable codes) {
        this.devices = devices;
        this.codes = codes;
    }

    public Optional<DeviceRow> byTokenHash(String tokenHash) {
        return devices.byTokenHash(tokenHash);
    }

    public Optional<DeviceAtHead> atHeadByTokenHash(String tokenHash) {
        return devices.atHeadByTokenHash(tokenHash);
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
