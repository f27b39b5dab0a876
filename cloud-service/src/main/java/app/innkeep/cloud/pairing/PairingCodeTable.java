package app.innkeep.cloud.pairing;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The PAIRING_CODE table on Micronaut Data JDBC, compiled once per dialect (ADR 0015). */
interface PairingCodeTable extends GenericRepository<PairingCodeTableRow, String> {

    PairingCodeTableRow save(PairingCodeTableRow row);

    /** Marks an unused, unexpired code used; 0 when there is none (a second exchange finds it used). */
    @Query(
            "UPDATE PAIRING_CODE SET USED_AT = :now WHERE CODE_HASH = :codeHash AND USED_AT IS NULL AND EXPIRES_AT > :now")
    int claim(String codeHash, Instant now);

    @Query("SELECT PROPERTY_ID FROM PAIRING_CODE WHERE CODE_HASH = :codeHash")
    Optional<Long> propertyOf(String codeHash);

    @Query("UPDATE PAIRING_CODE SET DEVICE_ID = :deviceId WHERE CODE_HASH = :codeHash")
    void attach(String codeHash, long deviceId);

    @DerbyRepository
    interface OnDerby extends PairingCodeTable {}

    @PostgresRepository
    interface OnPostgres extends PairingCodeTable {}
}
