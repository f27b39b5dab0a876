package app.innkeep.standby.reporting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The property's letter templates on the standby. */
@JdbcRepository(dialect = Dialect.ORACLE)
public interface LetterTemplateRows extends GenericRepository<LetterTemplateRow, String> {

    Optional<LetterTemplateRow> findById(String name);

    List<LetterTemplateRow> findAllOrderByName();

    boolean existsById(String name);

    void save(LetterTemplateRow template);

    void update(LetterTemplateRow template);

    /** Writes the template under its name, replacing the one there. */
    default void put(LetterTemplateRow template) {
        if (existsById(template.name())) {
            update(template);
        } else {
            save(template);
        }
    }
}
