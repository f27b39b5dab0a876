package app.innkeep.cloud.masterdata;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * The MASTER_CODE table on Micronaut Data JDBC, compiled once per dialect by the two sub-interfaces (ADR 0015), with
 * the counts of the rows elsewhere that use a code.
 */
interface MasterCodeTable extends GenericRepository<MasterCodeTableRow, MasterCodeTableRow.Key> {

    Optional<MasterCodeTableRow> findById(MasterCodeTableRow.Key key);

    @Query("SELECT * FROM MASTER_CODE WHERE PROPERTY_ID = :propertyId AND KIND = :kind ORDER BY CODE")
    List<MasterCodeTableRow> ofKind(long propertyId, MasterDataKind kind);

    MasterCodeTableRow save(MasterCodeTableRow row);

    MasterCodeTableRow update(MasterCodeTableRow row);

    void deleteById(MasterCodeTableRow.Key key);

    @Query("SELECT COUNT(*) FROM FOLIO_LINE WHERE PROPERTY_ID = :propertyId AND LINE_KIND = :lineKind AND CODE = :code")
    long folioLinesWith(long propertyId, String lineKind, String code);

    @Query("SELECT COUNT(*) FROM BOOKING WHERE PROPERTY_ID = :propertyId AND SOURCE_CODE = :code")
    long bookingsFromSource(long propertyId, String code);

    @Query("SELECT COUNT(*) FROM BOOKING WHERE PROPERTY_ID = :propertyId AND ROOM_TYPE = :code")
    long bookingsOfRoomType(long propertyId, String code);

    @Query("SELECT COUNT(*) FROM ROOM WHERE PROPERTY_ID = :propertyId AND ROOM_TYPE = :code")
    long roomsOfRoomType(long propertyId, String code);

    @DerbyRepository
    interface OnDerby extends MasterCodeTable {}

    @PostgresRepository
    interface OnPostgres extends MasterCodeTable {}
}
