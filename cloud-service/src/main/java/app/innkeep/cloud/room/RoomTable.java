package app.innkeep.cloud.room;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The ROOM table on Micronaut Data JDBC, compiled once per dialect by the two sub-interfaces (ADR 0015). */
interface RoomTable extends GenericRepository<RoomTableRow, RoomTableRow.Key> {

    Optional<RoomTableRow> findById(RoomTableRow.Key key);

    @Query("SELECT * FROM ROOM WHERE PROPERTY_ID = :propertyId ORDER BY ROOM_NUMBER")
    List<RoomTableRow> ofProperty(long propertyId);

    RoomTableRow save(RoomTableRow row);

    RoomTableRow update(RoomTableRow row);

    @Query("SELECT COUNT(*) FROM ROOM WHERE PROPERTY_ID = :propertyId AND ROOM_TYPE = :roomType"
            + " AND ACTIVE = TRUE AND OUT_OF_ORDER = FALSE")
    long sellableCount(long propertyId, String roomType);

    @DerbyRepository
    interface OnDerby extends RoomTable {}

    @PostgresRepository
    interface OnPostgres extends RoomTable {}
}
