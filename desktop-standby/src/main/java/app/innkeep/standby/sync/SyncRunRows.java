package app.innkeep.standby.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** The sync job's run history. */
@JdbcRepository(dialect = Dialect.ORACLE)
interface SyncRunRows extends GenericRepository<SyncRunRow, Long> {

    SyncRunRow save(SyncRunRow row);

    void update(
            @Id long id,
            Instant finishedAt,
            String result,
            @Nullable String message,
            int eventsApplied,
            int eventsHeld,
            @Nullable Long cursorTo);

    @Query("UPDATE SYNC_RUN SET RESULT = 'INTERRUPTED', FINISHED_AT = :now, MESSAGE = :why WHERE RESULT = 'RUNNING'")
    int markUnfinished(Instant now, @Nullable String why);

    List<SyncRunRow> findOrderByIdDesc(Pageable page);

    List<Long> findIdOrderByIdDesc(Pageable page);

    void deleteByIdLessThanEquals(long id);
}
