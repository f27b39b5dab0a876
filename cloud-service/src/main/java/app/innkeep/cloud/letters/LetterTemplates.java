package app.innkeep.cloud.letters;

import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The letter templates of all properties (Micronaut Data, ADR 0015); the snapshot reads them here too. */
@Singleton
public class LetterTemplates {

    private final LetterTemplateTable table;

    LetterTemplates(LetterTemplateTable table) {
        this.table = table;
    }

    /** A property's templates, by name. */
    public List<LetterTemplateRow> list(long propertyId) {
        return table.ofProperty(propertyId).stream()
                .map(LetterTemplateTableRow::entry)
                .toList();
    }

    Optional<LetterTemplateRow> find(long propertyId, String name) {
        return table.findById(new LetterTemplateTableRow.Key(propertyId, name)).map(LetterTemplateTableRow::entry);
    }

    /** The properties that have a template of this name. */
    Set<Long> propertiesWith(String name) {
        return new HashSet<>(table.propertiesWith(name));
    }

    void insert(LetterTemplateRow row) {
        table.save(LetterTemplateTableRow.of(row));
    }

    void update(LetterTemplateRow row) {
        table.update(LetterTemplateTableRow.of(row));
    }

    void delete(long propertyId, String name) {
        table.deleteById(new LetterTemplateTableRow.Key(propertyId, name));
    }
}
