package app.innkeep.standby.outage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/**
 * A record changed on both sides, flagged when the feed brought the cloud's change. {@code versionKey} says which
 * version (of a booking, a line, a pair of rooms) was flagged, so the same one is flagged once per outage. It belongs to
 * the outage whose desk work it was found on ({@code outageId}) and is open until {@code resolvedAt}. {@code cloudBy}
 * and {@code cloudAt} are the feed event's actor and time (null when a full resync raised the flag).
 */
@MappedEntity(value = "COLLISION", namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class, escape = false)
public record CollisionRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        String kind,
        String confirmation,
        @Nullable String otherConfirmation,
        @Nullable String roomNumber,
        @Nullable Long sequenceNo,
        @Nullable String versionKey,
        String detail,
        Instant notedAt,
        @Nullable Instant resolvedAt,
        @Nullable String resolvedBy,
        @Nullable Long outageId,
        @Nullable String cloudBy,
        @Nullable Instant cloudAt) {}
