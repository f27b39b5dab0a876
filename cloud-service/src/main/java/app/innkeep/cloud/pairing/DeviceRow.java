package app.innkeep.cloud.pairing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A paired standby as stored, with its property's code ({@link DeviceTable} reads it through a join); the credential
 * itself is never stored, only its hash.
 */
@Introspected
public record DeviceRow(
        long id,
        long propertyId,
        String propertyCode,
        String name,
        Instant pairedAt,
        String pairedBy,
        @Nullable Instant revokedAt,
        @Nullable Instant lastSeenAt,
        long lastSequence,
        @Nullable String revokedReason,
        @Nullable String standbyVersion) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
