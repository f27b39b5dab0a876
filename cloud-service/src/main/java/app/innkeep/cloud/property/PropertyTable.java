package app.innkeep.cloud.property;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The PROPERTY table on Micronaut Data JDBC, compiled once per dialect by the two sub-interfaces (ADR 0015). Changes
 * name their columns: a whole-row update would write back counters that others take under the row lock.
 */
interface PropertyTable extends GenericRepository<PropertyTableRow, Long> {

    Optional<PropertyTableRow> findById(long id);

    Optional<PropertyTableRow> findByCode(String code);

    List<PropertyTableRow> findAllOrderByCode();

    PropertyTableRow save(PropertyTableRow row);

    @Query("UPDATE PROPERTY SET BACKUP_ENABLED = :enabled WHERE ID = :id")
    void changeBackupEnabled(long id, boolean enabled);

    @Query("UPDATE PROPERTY SET BUSINESS_DATE = :date WHERE ID = :id")
    void changeBusinessDate(long id, LocalDate date);

    @DerbyRepository
    interface OnDerby extends PropertyTable {}

    @PostgresRepository
    interface OnPostgres extends PropertyTable {}
}
