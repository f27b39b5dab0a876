package app.innkeep.cloud.letters;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The LETTER_TEMPLATE table on Micronaut Data JDBC, compiled once per dialect (ADR 0015). */
interface LetterTemplateTable extends GenericRepository<LetterTemplateTableRow, LetterTemplateTableRow.Key> {

    Optional<LetterTemplateTableRow> findById(LetterTemplateTableRow.Key key);

    @Query("SELECT * FROM LETTER_TEMPLATE WHERE PROPERTY_ID = :propertyId ORDER BY NAME")
    List<LetterTemplateTableRow> ofProperty(long propertyId);

    @Query("SELECT PROPERTY_ID FROM LETTER_TEMPLATE WHERE NAME = :name")
    List<Long> propertiesWith(String name);

    LetterTemplateTableRow save(LetterTemplateTableRow row);

    LetterTemplateTableRow update(LetterTemplateTableRow row);

    void deleteById(LetterTemplateTableRow.Key key);

    @DerbyRepository
    interface OnDerby extends LetterTemplateTable {}

    @PostgresRepository
    interface OnPostgres extends LetterTemplateTable {}
}
