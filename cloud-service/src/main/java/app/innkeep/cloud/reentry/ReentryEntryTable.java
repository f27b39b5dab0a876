package app.innkeep.cloud.reentry;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * The REENTRY_ENTRY table on Micronaut Data JDBC, compiled once per dialect (ADR 0015). The same entry recorded twice
 * fails {@link #save} with {@code Db.ConstraintViolated}: re-entry catches it as a lost race.
 */
interface ReentryEntryTable extends GenericRepository<ReentryEntryTableRow, ReentryEntryTableRow.Key> {

    Optional<ReentryEntryTableRow> findById(ReentryEntryTableRow.Key key);

    @Query("SELECT * FROM REENTRY_ENTRY WHERE PROPERTY_ID = :propertyId AND ENTRY_ID IN (:entryIds)")
    List<ReentryEntryTableRow> among(long propertyId, List<String> entryIds);

    ReentryEntryTableRow save(ReentryEntryTableRow row);

    @DerbyRepository
    interface OnDerby extends ReentryEntryTable {}

    @PostgresRepository
    interface OnPostgres extends ReentryEntryTable {}
}
