package app.innkeep.cloud.staff;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import app.innkeep.cloud.security.StaffRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The STAFF_USER table on Micronaut Data JDBC, compiled once per dialect by the two sub-interfaces (ADR 0015). Reads
 * join the property for its code and come back as {@link StaffRow}; the changes that count failures or end tokens
 * compute from the stored values, so they are written out.
 */
interface StaffUserTable extends GenericRepository<StaffUserTableRow, Long> {

    String SELECT = "SELECT U.ID, U.PROPERTY_ID, P.CODE AS PROPERTY_CODE, U.USERNAME, U.DISPLAY_NAME, U.ROLE_NAME,"
            + " U.PASSWORD_HASH, U.FAILED_LOGINS, U.LOCKED_UNTIL, U.ACTIVE, U.TOKEN_VERSION"
            + " FROM STAFF_USER U LEFT JOIN PROPERTY P ON P.ID = U.PROPERTY_ID";

    StaffUserTableRow save(StaffUserTableRow row);

    @Query(SELECT + " WHERE U.USERNAME = :username")
    Optional<StaffRow> byUsername(String username);

    @Query(SELECT + " WHERE U.PROPERTY_ID = :propertyId ORDER BY U.USERNAME")
    List<StaffRow> ofProperty(long propertyId);

    @Query("UPDATE STAFF_USER SET DISPLAY_NAME = :displayName, ROLE_NAME = :role, ACTIVE = :active,"
            + " TOKEN_VERSION = TOKEN_VERSION + :tokenBump WHERE ID = :id")
    void change(long id, String displayName, StaffRole role, boolean active, int tokenBump);

    @Query("UPDATE STAFF_USER SET PASSWORD_HASH = :passwordHash, FAILED_LOGINS = 0, LOCKED_UNTIL = NULL,"
            + " TOKEN_VERSION = TOKEN_VERSION + 1 WHERE ID = :id")
    void changePassword(long id, String passwordHash);

    @Query("UPDATE STAFF_USER SET PASSWORD_HASH = :newHash WHERE ID = :id AND PASSWORD_HASH = :oldHash")
    void replaceHash(long id, String oldHash, String newHash);

    @Query("UPDATE STAFF_USER SET FAILED_LOGINS = :failedLogins, LOCKED_UNTIL = :lockedUntil,"
            + " TOKEN_VERSION = TOKEN_VERSION + :tokenBump WHERE ID = :id")
    void changeFailures(long id, int failedLogins, @Nullable Instant lockedUntil, int tokenBump);

    @Query("UPDATE STAFF_USER SET FAILED_LOGINS = 0, LOCKED_UNTIL = NULL WHERE ID = :id AND FAILED_LOGINS > 0")
    void clearFailures(long id);

    @DerbyRepository
    interface OnDerby extends StaffUserTable {}

    @PostgresRepository
    interface OnPostgres extends StaffUserTable {}
}
