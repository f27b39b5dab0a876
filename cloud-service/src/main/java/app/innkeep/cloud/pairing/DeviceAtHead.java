package app.innkeep.cloud.pairing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A device with what the feed needs to know that it is up to date: its property's backup flag, feed head and how far
 * retention trimmed it, all read in one statement.
 */
@Introspected
public record DeviceAtHead(
        long id,
        long propertyId,
        String propertyCode,
        @Nullable Instant revokedAt,
        boolean backupEnabled,
        long head,
        long purgedThrough) {

    /** True when this device may read {@code propertyCode}'s feed now and a read from {@code after} finds nothing. */
    public boolean upToDate(String propertyCode, long after) {
        return revokedAt == null
                && backupEnabled
                && this.propertyCode.equals(propertyCode)
                && after == head
                && after >= purgedThrough;
    }
}
