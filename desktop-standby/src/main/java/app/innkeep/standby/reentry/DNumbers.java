package app.innkeep.standby.reentry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Which cloud booking each re-entered walk-in became. */
@JdbcRepository(dialect = Dialect.ORACLE)
public interface DNumbers extends GenericRepository<DNumberRow, String> {

    Optional<DNumberRow> findById(String dNumber);

    void save(DNumberRow row);
}
