package app.innkeep.cloud.letters;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A letter template as the LETTER_TEMPLATE table holds it: keyed by property and name. */
@MappedEntity(
        value = "LETTER_TEMPLATE",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record LetterTemplateTableRow(@EmbeddedId Key key, String title, String body, Instant updatedAt, String updatedBy) {

    /** The natural key; the column names are given so they are not prefixed with the key's own name. */
    @Embeddable
    record Key(
            @MappedProperty("PROPERTY_ID") long propertyId,
            @MappedProperty("NAME") String name) {}

    static LetterTemplateTableRow of(LetterTemplateRow row) {
        return new LetterTemplateTableRow(
                new Key(row.propertyId(), row.name()), row.title(), row.body(), row.updatedAt(), row.updatedBy());
    }

    LetterTemplateRow entry() {
        return new LetterTemplateRow(key.propertyId(), key.name(), title, body, updatedAt, updatedBy);
    }
}
