package app.innkeep.cloud.pairing;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The DEVICE table on Micronaut Data JDBC, compiled once per dialect by the two sub-interfaces (ADR 0015). Reads join
 * the property for its code and come back as {@link DeviceRow}.
 */
interface DeviceTable extends GenericRepository<DeviceTableRow, Long> {

    String SELECT = "SELECT D.ID, D.PROPERTY_ID, P.CODE AS PROPERTY_CODE, D.NAME, D.PAIRED_AT, D.PAIRED_BY,"
            + " D.REVOKED_AT, D.LAST_SEEN_AT, D.LAST_SEQUENCE, D.REVOKED_REASON, D.STANDBY_VERSION FROM DEVICE D JOIN PROPERTY P ON P.ID = D.PROPERTY_ID";

    DeviceTableRow save(DeviceTableRow row);

    @Query(SELECT + " WHERE D.TOKEN_HASH = :tokenHash")
    Optional<DeviceRow> byTokenHash(String tokenHash);

    @Query(SELECT + " WHERE D.ID = :id")
    Optional<DeviceRow> byId(long id);

    @Query(SELECT + " WHERE D.PROPERTY_ID = :propertyId ORDER BY D.ID")
    List<DeviceRow> ofProperty(long propertyId);

    @Query(SELECT + " ORDER BY P.CODE, D.ID")
    List<DeviceRow> all();

    @Query("UPDATE DEVICE SET REVOKED_AT = :now, REVOKED_BY = :by, REVOKED_REASON = :reason"
            + " WHERE ID = :id AND REVOKED_AT IS NULL")
    void revoke(long id, String by, Instant now, @io.micronaut.core.annotation.Nullable String reason);

    /** The sequence only ever moves forward: an older acknowledgement arriving late changes only the time. */
    @Query("UPDATE DEVICE SET LAST_SEEN_AT = :now, LAST_SEQUENCE = CASE WHEN LAST_SEQUENCE < :acknowledged"
            + " THEN :acknowledged ELSE LAST_SEQUENCE END WHERE ID = :id")
    void seen(long id, Instant now, long acknowledged);

    /** Only when it changed: the caller compares with what it read, so a standby's every poll costs no write. */
    @Query("UPDATE DEVICE SET STANDBY_VERSION = :version WHERE ID = :id")
    void standbyVersion(long id, String version);

    @DerbyRepository
    interface OnDerby extends DeviceTable {}

    @PostgresRepository
    interface OnPostgres extends DeviceTable {}
}
