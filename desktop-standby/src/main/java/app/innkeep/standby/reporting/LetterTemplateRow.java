package app.innkeep.standby.reporting;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A letter template as the standby keeps it, with who changed it last. */
@MappedEntity(
        value = "LETTER_TEMPLATE",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
public record LetterTemplateRow(@Id String name, String title, String body, Instant updatedAt, String updatedBy) {}
