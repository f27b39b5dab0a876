package app.innkeep.standby.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A feed event the sync holds, with its text as the feed sent it; {@code subject} is the booking it belongs to. */
@MappedEntity(
        value = "HELD_EVENT",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record HeldEventRow(
        @Id long sequenceNo,
        String eventType,
        @Nullable String subject,
        String reason,
        String payload,
        Instant heldAt) {}
