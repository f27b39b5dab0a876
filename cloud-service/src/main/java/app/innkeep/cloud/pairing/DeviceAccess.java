package app.innkeep.cloud.pairing;

import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.PropertyTime;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The gate for standby devices: a valid, unrevoked credential, for this property only, while the property's backup
 * flag is on. Checked against the database on every call, so revoking a device or turning the flag off cuts access at
 * once.
 */
@Singleton
public class DeviceAccess {

    /** The device and its property, both as they are now. */
    public record AuthorizedDevice(DeviceRow device, PropertyRow property) {}

    private final Devices devices;
    private final Properties properties;

    public DeviceAccess(Devices devices, Properties properties) {
        this.devices = devices;
        this.properties = properties;
    }

    public AuthorizedDevice require(String authorization, String propertyCode) {
        String credential = credential(authorization);
        DeviceRow device = devices.byTokenHash(Secrets.hash(credential))
                .orElseThrow(() -> Problem.unauthorized("unknown device credential; pair the standby again"));
        if (device.revoked()) {
            String zone = properties
                    .byCode(device.propertyCode())
                    .map(PropertyRow::timeZone)
                    .orElse(null);
            // The reason travels to the standby, which shows it on its status page: whoever finds it stopped
            // reads why, not only when.
            throw Problem.unauthorized("this device was revoked on "
                    + PropertyTime.of(zone).format(device.revokedAt())
                    + (device.revokedReason() == null ? "" : " (reason: " + device.revokedReason() + ")")
                    + "; pair the standby again");
        }
        if (!device.propertyCode().equals(propertyCode)) {
            throw Problem.notFound("property", propertyCode);
        }
        PropertyRow property =
                properties.byCode(propertyCode).orElseThrow(() -> Problem.notFound("property", propertyCode));
        requireBackupEnabled(property);
        return new AuthorizedDevice(device, property);
    }

    /**
     * The device and its feed's head, or nothing when the credential is missing, malformed or unknown: for the feed's
     * fast path, which leaves every refusal to {@link #require} so that it is worded in one place.
     */
    public Optional<DeviceAtHead> atHead(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String credential = authorization.substring("Bearer ".length()).strip();
        if (!credential.startsWith(Secrets.CREDENTIAL_PREFIX) || credential.length() > 100) {
            return Optional.empty();
        }
        return devices.atHeadByTokenHash(Secrets.hash(credential));
    }

    public static void requireBackupEnabled(PropertyRow property) {
        if (!property.backupEnabled()) {
            throw new Problem(
                    403,
                    "backup-disabled",
                    "Standby backup disabled",
                    "the standby backup of " + property.code()
                            + " is turned off; support staff must enable it before a standby can pair or sync",
                    java.util.List.of());
        }
    }

    private static String credential(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw Problem.unauthorized("send the device credential as 'Authorization: Bearer ikd_...'");
        }
        String credential = authorization.substring("Bearer ".length()).strip();
        if (!credential.startsWith(Secrets.CREDENTIAL_PREFIX) || credential.length() > 100) {
            throw Problem.unauthorized("this endpoint takes a device credential (ikd_...), not a user login");
        }
        return credential;
    }
}
