package app.innkeep.standby.reentry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The worklist's rows, and the D-numbers' cloud bookings. */
@JdbcRepository(dialect = Dialect.ORACLE)
public interface WorkItemRows extends GenericRepository<WorkItemRow, String> {

    void save(WorkItemRow row);

    boolean existsById(String entryId);

    List<WorkItemRow> findByOutageIdOrderByPosition(long outageId);

    void update(
            @Id String entryId,
            WorkStatus status,
            @Nullable String cloudConfirmation,
            @Nullable Long cloudLineId,
            @Nullable BigDecimal cloudAmount,
            @Nullable String note,
            @Nullable Instant settledAt,
            @Nullable String settledBy,
            Instant updatedAt);

    void update(
            @Id String entryId,
            WorkStatus status,
            @Nullable String note,
            @Nullable Instant settledAt,
            @Nullable String settledBy,
            Instant updatedAt);

    /** The one query across two tables: the standby's folio line is found by its ID, the item by the line's entry. */
    @Query("SELECT i.CLOUD_LINE_ID FROM LOCAL_FOLIO_LINE l JOIN REENTRY_ITEM i ON i.ENTRY_ID = l.ENTRY_ID"
            + " WHERE l.LINE_ID = :localLineId AND i.CLOUD_LINE_ID IS NOT NULL")
    Optional<Long> cloudLineOf(long localLineId);
}
