package app.innkeep.cloud.session;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The PAGE_SESSION table on Micronaut Data JDBC, once per dialect (ADR 0015); reads join the user and property. */
interface PageSessionTable extends GenericRepository<PageSessionTableRow, String> {

    PageSessionTableRow save(PageSessionTableRow row);

    @Query("SELECT S.ID_HASH, S.TOKEN_VERSION AS SESSION_VERSION, S.CSRF_TOKEN, S.EXPIRES_AT, U.USERNAME,"
            + " U.DISPLAY_NAME, U.ROLE_NAME, P.CODE AS PROPERTY_CODE, U.ACTIVE, U.LOCKED_UNTIL, U.TOKEN_VERSION"
            + " FROM PAGE_SESSION S JOIN STAFF_USER U ON U.ID = S.STAFF_USER_ID"
            + " LEFT JOIN PROPERTY P ON P.ID = U.PROPERTY_ID WHERE S.ID_HASH = :idHash")
    Optional<PageSessionRow> byIdHash(String idHash);

    @Query("DELETE FROM PAGE_SESSION WHERE ID_HASH = :idHash")
    void end(String idHash);

    @Query("DELETE FROM PAGE_SESSION WHERE EXPIRES_AT < :now")
    void endExpired(Instant now);

    @DerbyRepository
    interface OnDerby extends PageSessionTable {}

    @PostgresRepository
    interface OnPostgres extends PageSessionTable {}
}
