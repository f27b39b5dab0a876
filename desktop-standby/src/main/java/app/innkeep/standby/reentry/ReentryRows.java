package app.innkeep.standby.reentry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The re-entry rows, one per outage. */
@JdbcRepository(dialect = Dialect.ORACLE)
interface ReentryRows extends GenericRepository<ReentryRow, Long> {

    Optional<ReentryRow> findById(long outageId);

    void save(ReentryRow row);

    void update(@Id long outageId, boolean assisted);

    void update(@Id long outageId, @Nullable Instant lastRunAt, @Nullable String lastRunMessage);

    void update(@Id long outageId, Instant verifiedAt, Boolean verifiedOk, String verifyReport);

    /** Parameters in another order than the assistant's run: Java tells overloads apart by their types. */
    void update(@Id long outageId, String signedOffBy, Instant signedOffAt);
}
