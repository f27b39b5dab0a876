package app.innkeep.standby.outage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The collision flags: written by the desk's checks as the feed comes in, resolved by the re-entry. */
@JdbcRepository(dialect = Dialect.ORACLE)
public interface CollisionRows extends GenericRepository<CollisionRow, Long> {

    void save(CollisionRow row);

    List<CollisionRow> findByResolvedAtIsNullOrderById();

    List<CollisionRow> findByOutageIdOrderById(long outageId);

    /** The booking's open flags, whichever side of a flag it is on. */
    @Query("SELECT * FROM COLLISION WHERE RESOLVED_AT IS NULL"
            + " AND (CONFIRMATION = :confirmation OR OTHER_CONFIRMATION = :confirmation) ORDER BY ID")
    List<CollisionRow> openForBooking(String confirmation);

    boolean existsByKindAndConfirmationAndVersionKeyAndOutageId(
            String kind, String confirmation, String versionKey, long outageId);

    boolean existsByKindAndConfirmationAndOtherConfirmationAndOutageId(
            String kind, String confirmation, String otherConfirmation, long outageId);

    /** The booking's first open flag of these kinds. */
    Optional<CollisionRow> findFirstByResolvedAtIsNullAndConfirmationAndKindInOrderById(
            String confirmation, Collection<String> kind);

    void updateByConfirmationAndResolvedAtIsNullAndKindIn(
            String confirmation, Collection<String> kind, @Nullable Instant resolvedAt, @Nullable String resolvedBy);

    /** Sign-off: the outage's open flags are resolved. */
    void updateByOutageIdAndResolvedAtIsNull(long outageId, @Nullable Instant resolvedAt, @Nullable String resolvedBy);

    /** A walk-in and the cloud booking it became are one booking, never a collision. */
    void deleteByConfirmationAndOtherConfirmation(String confirmation, String otherConfirmation);
}
