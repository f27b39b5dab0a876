package app.innkeep.standby.reentry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.math.BigDecimal;
import java.time.Instant;

/** One journal entry's row on the re-entry worklist, in the journal's position. */
@MappedEntity(
        value = "REENTRY_ITEM",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
public record WorkItemRow(
        @Id String entryId,
        long outageId,
        long position,
        WorkStatus status,
        @Nullable String cloudConfirmation,
        @Nullable Long cloudLineId,
        @Nullable BigDecimal cloudAmount,
        @Nullable String note,
        @Nullable Instant settledAt,
        @Nullable String settledBy,
        Instant updatedAt) {}
