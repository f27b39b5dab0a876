package app.innkeep.cloud.nightaudit;

import app.innkeep.cloud.pairing.DeviceRow;
import app.innkeep.cloud.pairing.Devices;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which paired standbys of a property have been silent too long ({@code innkeep.night-audit.standby-silence}, 3 hours
 * unless set): one that has not asked for the feed for that long may be running the front desk cut off, and then it
 * closes the day itself (ADR 0017). A standby never seen counts from its pairing.
 */
@Singleton
public class StandbySilence {

    private final Devices devices;
    private final Duration silence;

    public StandbySilence(Devices devices, @Value("${innkeep.night-audit.standby-silence:3h}") Duration silence) {
        if (silence.isNegative() || silence.isZero()) {
            throw new IllegalArgumentException(
                    "innkeep.night-audit.standby-silence must be longer than zero, not " + silence);
        }
        this.devices = devices;
        this.silence = silence;
    }

    /** The property's unrevoked standbys not seen since {@code now} minus the silence. */
    public List<DeviceRow> silent(long propertyId, Instant now) {
        Instant cutoff = now.minus(silence);
        return devices.ofProperty(propertyId).stream()
                .filter(d -> !d.revoked())
                .filter(d -> lastHeardOf(d).isBefore(cutoff))
                .toList();
    }

    public Duration silence() {
        return silence;
    }

    public static Instant lastHeardOf(DeviceRow d) {
        return d.lastSeenAt() == null ? d.pairedAt() : d.lastSeenAt();
    }
}
