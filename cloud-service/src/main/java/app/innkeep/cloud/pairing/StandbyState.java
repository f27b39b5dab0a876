package app.innkeep.cloud.pairing;

import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.model.PropertyTime;
import java.time.Duration;
import java.time.Instant;

/**
 * How a paired standby is doing, judged once for every page that shows it (support's sync health, the group page):
 * revoked, its property's backup flag off, not seen for over 75 minutes (an hourly sync missed), or healthy.
 */
public enum StandbyState {
    HEALTHY("ok"),
    LATE("late"),
    FLAG_OFF("late"),
    REVOKED("off");

    /** An hourly sync plus a quarter of an hour's grace. */
    public static final Duration LATE_AFTER = Duration.ofMinutes(75);

    private final String rowClass;

    StandbyState(String rowClass) {
        this.rowClass = rowClass;
    }

    public static StandbyState of(DeviceResponse d, Instant now) {
        if (d.revokedAt() != null) {
            return REVOKED;
        }
        if (!d.backupEnabled()) {
            return FLAG_OFF;
        }
        boolean late =
                d.lastSeenAt() == null || Duration.between(d.lastSeenAt(), now).toMinutes() > LATE_AFTER.toMinutes();
        return late ? LATE : HEALTHY;
    }

    /** The state in words, a revocation with its time in the property's own zone. */
    public String words(DeviceResponse d) {
        return switch (this) {
            case REVOKED -> "revoked " + PropertyTime.of(d.timeZone()).format(d.revokedAt());
            case FLAG_OFF -> "backup flag off";
            case LATE -> "not seen for over 75 minutes";
            case HEALTHY -> "healthy";
        };
    }

    /** The table row's class, which the cloud's stylesheet colours: {@code ok}, {@code late} or {@code off}. */
    public String rowClass() {
        return rowClass;
    }
}
