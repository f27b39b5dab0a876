package app.innkeep.standby.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The standby's own staff accounts (they are not copied from the cloud: the standby must work when it is down). */
@JdbcRepository(dialect = Dialect.ORACLE)
public interface StaffAccounts extends GenericRepository<StaffRow, String> {

    Optional<StaffRow> findById(String username);

    List<StaffRow> findAllOrderByUsername();

    void save(StaffRow account);

    void update(
            @Id String username,
            String displayName,
            StaffRole role,
            String passwordHash,
            boolean active,
            int failedLogins,
            @Nullable Instant lockedUntil);

    void update(@Id String username, int failedLogins, @Nullable Instant lockedUntil);

    default Optional<StaffRow> byUsername(String username) {
        return findById(username);
    }

    default List<StaffRow> all() {
        return findAllOrderByUsername();
    }

    default void add(String username, String displayName, StaffRole role, String passwordHash, Instant now) {
        save(new StaffRow(username, displayName, role, passwordHash, true, 0, null, now));
    }

    /** A new password, role or name for an existing account; also lifts a lockout. */
    default void change(String username, String displayName, StaffRole role, String passwordHash, boolean active) {
        update(username, displayName, role, passwordHash, active, 0, null);
    }

    default void recordFailure(String username, int failures, @Nullable Instant lockedUntil) {
        update(username, failures, lockedUntil);
    }

    default void recordSuccess(String username) {
        update(username, 0, null);
    }
}
