package app.innkeep.cloud.pairing;

import java.time.Instant;

/** A paired standby as stored (the credential itself is never stored, only its hash). */
public record DeviceRow(
        long id,
        long propertyId,
        String propertyCode,
        String name,
        Instant pairedAt,
        String pairedBy,
        Instant revokedAt,
        Instant lastSeenAt,
        long lastSequence) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
