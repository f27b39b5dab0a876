package app.innkeep.cloud.property;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A property as the PROPERTY table holds it, without the feed's counters (their defaults start them). The
 * confirmation counter is here only to be set at the start: it is taken under the row lock through {@code Db}, never
 * written back from a row read earlier.
 */
@MappedEntity(value = "PROPERTY", namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class, escape = false)
record PropertyTableRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        String code,
        String name,
        String timeZone,
        String currency,
        LocalDate businessDate,
        boolean backupEnabled,
        long nextConfirmation,
        Instant createdAt) {

    PropertyRow property() {
        return new PropertyRow(id, code, name, timeZone, currency, businessDate, backupEnabled, createdAt);
    }
}
