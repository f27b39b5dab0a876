package app.innkeep.standby.outage;

import app.innkeep.model.Housekeeping;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** The rooms the desk set a status on. */
@JdbcRepository(dialect = Dialect.ORACLE)
interface LocalRoomRows extends GenericRepository<LocalRoomRow, String> {

    boolean existsById(String roomNumber);

    void save(LocalRoomRow row);

    void update(@Id String roomNumber, Housekeeping housekeeping, boolean outOfOrder, Instant changedAt);

    void deleteByRoomNumberAndRetiredAtIsNotNull(String roomNumber);

    void updateByRetiredAtIsNull(@Nullable Instant retiredAt);
}
