package app.innkeep.standby.preflight;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The standby's own master data. */
@JdbcRepository(dialect = Dialect.ORACLE)
interface MasterDataRows extends GenericRepository<MasterDataRow, MasterDataRow.Key> {

    List<MasterDataRow> findAll();

    Optional<MasterDataRow> findById(MasterDataRow.Key id);

    boolean existsById(MasterDataRow.Key id);

    void save(MasterDataRow row);

    void update(MasterDataRow row);

    long count();
}
