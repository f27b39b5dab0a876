package app.innkeep.standby.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The sync state's row. The statements that compute from the stored values are written by hand. */
@JdbcRepository(dialect = Dialect.ORACLE)
interface SyncStateRows extends GenericRepository<SyncStateRow, Integer> {

    Optional<SyncStateRow> findById(int id);

    void deleteAll();

    void save(SyncStateRow row);

    void update(
            @Id int id,
            String propertyName,
            String timeZone,
            String currency,
            @Nullable LocalDate businessDate,
            long cursorSeq,
            long cloudHead,
            @Nullable Instant newestEventAt,
            @Nullable Instant lastPullAt,
            @Nullable Instant snapshotAt,
            @Nullable String stopReason,
            @Nullable Instant bootstrappedAt,
            @Nullable Instant cloudSilentSince);

    void update(
            @Id int id, @Nullable Instant lastPullAt, @Nullable String stopReason, @Nullable Instant cloudSilentSince);

    void update(@Id int id, @Nullable Instant cloudSilentSince);

    void update(@Id int id, @Nullable String stopReason);

    /** Once per feed page, in the page's transaction: a page without events of a kind keeps what the last one said. */
    @Query("UPDATE SYNC_STATE SET CURSOR_SEQ = :cursor, CLOUD_HEAD = :head,"
            + " NEWEST_EVENT_AT = COALESCE(:newestEventAt, NEWEST_EVENT_AT), EVENTS_APPLIED = EVENTS_APPLIED + :applied,"
            + " BUSINESS_DATE = COALESCE(:businessDate, BUSINESS_DATE) WHERE ID = 1")
    void advance(
            long cursor, long head, @Nullable Instant newestEventAt, int applied, @Nullable LocalDate businessDate);

    /** Held events applied outside a page (their master data came) count as applied too. */
    @Query("UPDATE SYNC_STATE SET EVENTS_APPLIED = EVENTS_APPLIED + :applied WHERE ID = 1")
    void heldApplied(int applied);

    /** The first failure of a run of them is kept; later ones leave it alone. */
    @Query("UPDATE SYNC_STATE SET CLOUD_SILENT_SINCE = COALESCE(CLOUD_SILENT_SINCE, :since) WHERE ID = 1")
    void cloudSilent(Instant since);
}
