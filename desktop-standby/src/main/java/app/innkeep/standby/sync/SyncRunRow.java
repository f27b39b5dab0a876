package app.innkeep.standby.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** One run of the sync job as stored; the status page shows the last hundred. */
@MappedEntity(value = "SYNC_RUN", namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class, escape = false)
record SyncRunRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        String triggerName,
        Instant startedAt,
        @Nullable Instant finishedAt,
        String result,
        @Nullable String message,
        int eventsApplied,
        int eventsHeld,
        @Nullable Long cursorFrom,
        @Nullable Long cursorTo) {}
