package app.innkeep.cloud.pairing;

import app.innkeep.model.snapshot.KeptOnStandby;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A device with what the feed needs to serve it: its property's backup flag, feed head and how far retention trimmed
 * it, when the device was last seen and the version it last said it runs, and what the property's admin chose its
 * standby keeps ({@code storedChoice}, null when never chosen: the defaults apply), all read in one statement.
 */
@Introspected
public record DeviceAtHead(
        long id,
        long propertyId,
        String propertyCode,
        @Nullable Instant revokedAt,
        boolean backupEnabled,
        long head,
        long purgedThrough,
        @Nullable Instant lastSeenAt,
        @Nullable String standbyVersion,
        @Nullable KeptOnStandby storedChoice) {

    /**
     * True when this device may read {@code propertyCode}'s feed from {@code after} now, with nothing to refuse: not
     * revoked, the flag on, its own property, the cursor neither ahead of the head nor behind retention.
     */
    public boolean mayRead(String propertyCode, long after) {
        return revokedAt == null
                && backupEnabled
                && this.propertyCode.equals(propertyCode)
                && after <= head
                && after >= purgedThrough;
    }

    /** True when this device may read {@code propertyCode}'s feed now and a read from {@code after} finds nothing. */
    public boolean upToDate(String propertyCode, long after) {
        return revokedAt == null
                && backupEnabled
                && this.propertyCode.equals(propertyCode)
                && after == head
                && after >= purgedThrough;
    }
}
