package app.innkeep.standby.outage;

import io.micronaut.core.annotation.Nullable;
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

    List<CollisionRow> listOrderById();

    List<CollisionRow> findByConfirmationOrOtherConfirmationOrderById(String confirmation, String otherConfirmation);

    boolean existsByKindAndConfirmationAndVersionKey(String kind, String confirmation, String versionKey);

    boolean existsByKindAndConfirmationAndOtherConfirmation(String kind, String confirmation, String otherConfirmation);

    /** The booking's first open flag of these kinds. */
    Optional<CollisionRow> findFirstByResolvedAtIsNullAndConfirmationAndKindInOrderById(
            String confirmation, Collection<String> kind);

    void updateByConfirmationAndResolvedAtIsNullAndKindIn(
            String confirmation, Collection<String> kind, @Nullable Instant resolvedAt, @Nullable String resolvedBy);

    void updateByResolvedAtIsNull(@Nullable Instant resolvedAt, @Nullable String resolvedBy);
}
