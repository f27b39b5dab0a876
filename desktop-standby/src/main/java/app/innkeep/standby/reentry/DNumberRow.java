package app.innkeep.standby.reentry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** The cloud booking a walk-in's D-number became: searching D1042 finds it. */
@MappedEntity(
        value = "D_NUMBER_MAP",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
public record DNumberRow(@Id String dNumber, String cloudConfirmation, Instant mappedAt) {}
