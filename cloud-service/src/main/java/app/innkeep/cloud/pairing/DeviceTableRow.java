package app.innkeep.cloud.pairing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A paired standby as the DEVICE table holds it, with the hash of its credential. */
@MappedEntity(value = "DEVICE", namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class, escape = false)
record DeviceTableRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        long propertyId,
        String name,
        String tokenHash,
        Instant pairedAt,
        String pairedBy,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable Instant lastSeenAt,
        long lastSequence,
        @Nullable String revokedReason,
        @Nullable String standbyVersion) {}
