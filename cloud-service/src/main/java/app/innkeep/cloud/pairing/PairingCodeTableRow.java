package app.innkeep.cloud.pairing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A one-time pairing code as the PAIRING_CODE table holds it: only its hash, the key. */
@MappedEntity(
        value = "PAIRING_CODE",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record PairingCodeTableRow(
        @Id String codeHash,
        long propertyId,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Long deviceId) {}
