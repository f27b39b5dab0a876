package app.innkeep.cloud.guest;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The GUEST table on Micronaut Data JDBC. Micronaut Data writes a repository's SQL at compile time in the dialect of
 * its annotation, so the methods are declared once here and compiled twice, by the two sub-interfaces below; the one
 * whose database the service runs on is the bean (ADR 0015).
 */
public interface GuestTable extends GenericRepository<GuestTableRow, Long> {

    Optional<GuestTableRow> findByPropertyIdAndId(long propertyId, long id);

    /** Names containing {@code searchName} (already upper-case, with its wildcards), first page only. */
    List<GuestTableRow> findByPropertyIdAndSearchNameLikeOrderBySearchName(
            long propertyId, String searchName, Pageable page);

    GuestTableRow save(GuestTableRow row);

    @Query("UPDATE GUEST SET FIRST_NAME = :firstName, LAST_NAME = :lastName, SEARCH_NAME = :searchName,"
            + " EMAIL = :email, PHONE = :phone, UPDATED_AT = :updatedAt WHERE PROPERTY_ID = :propertyId AND ID = :id")
    void change(
            long propertyId,
            long id,
            String firstName,
            String lastName,
            String searchName,
            @Nullable String email,
            @Nullable String phone,
            Instant updatedAt);

    @DerbyRepository
    interface OnDerby extends GuestTable {}

    @PostgresRepository
    interface OnPostgres extends GuestTable {}
}
