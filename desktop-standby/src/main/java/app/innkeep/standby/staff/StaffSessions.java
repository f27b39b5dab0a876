package app.innkeep.standby.staff;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The open sessions of the standby's staff, by the hash of their cookie's token. */
@JdbcRepository(dialect = Dialect.ORACLE)
public interface StaffSessions extends GenericRepository<StaffSessionRow, String> {

    void save(StaffSessionRow session);

    Optional<StaffSessionRow> findById(String tokenHash);

    void update(@Id String tokenHash, Instant lastSeenAt);

    void deleteById(String tokenHash);

    /** Every session of an account: a changed account logs in again. */
    void deleteByUsername(String username);
}
