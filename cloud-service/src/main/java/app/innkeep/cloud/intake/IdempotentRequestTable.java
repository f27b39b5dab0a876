package app.innkeep.cloud.intake;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/**
 * The IDEMPOTENT_REQUEST table on Micronaut Data JDBC, compiled once per dialect (ADR 0015). A second answer for the
 * same key fails {@link #save} with {@code Db.ConstraintViolated}: the intake catches it as a lost race.
 */
interface IdempotentRequestTable extends GenericRepository<IdempotentRequestTableRow, IdempotentRequestTableRow.Key> {

    Optional<IdempotentRequestTableRow> findById(IdempotentRequestTableRow.Key key);

    IdempotentRequestTableRow save(IdempotentRequestTableRow row);

    @DerbyRepository
    interface OnDerby extends IdempotentRequestTable {}

    @PostgresRepository
    interface OnPostgres extends IdempotentRequestTable {}
}
