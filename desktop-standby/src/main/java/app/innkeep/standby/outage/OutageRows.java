package app.innkeep.standby.outage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outage rows. */
@JdbcRepository(dialect = Dialect.ORACLE)
interface OutageRows extends GenericRepository<OutageRow, Long> {

    OutageRow save(OutageRow row);

    Optional<OutageRow> findById(long id);

    Optional<OutageRow> findByOpenMark(int openMark);

    List<OutageRow> findTop20OrderByIdDesc();

    void update(
            @Id long id,
            @Nullable Instant endedAt,
            @Nullable String endedBy,
            @Nullable String endNote,
            @Nullable Integer openMark);
}
