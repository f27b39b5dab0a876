package app.innkeep.standby.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/**
 * A letter template as the standby keeps it: from the cloud with the feed sequence that wrote it, or (sequence null)
 * one this standby had before letters were kept in the cloud.
 */
@MappedEntity(
        value = "LETTER_TEMPLATE",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
public record LetterTemplateRow(
        @Id String name,
        String title,
        String body,
        Instant updatedAt,
        String updatedBy,
        @Nullable Long sequenceNo) {}
