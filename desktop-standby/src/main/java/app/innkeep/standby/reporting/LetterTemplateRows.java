package app.innkeep.standby.reporting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The property's letter templates on the standby, as the cloud last sent them; the sync writes them. */
@JdbcRepository(dialect = Dialect.ORACLE)
public interface LetterTemplateRows extends GenericRepository<LetterTemplateRow, String> {

    Optional<LetterTemplateRow> findById(String name);

    List<LetterTemplateRow> findAllOrderByName();
}
