package app.innkeep.cloud.room;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The ROOM_NIGHT table on Micronaut Data JDBC, compiled once per dialect by the two sub-interfaces (ADR 0015). */
interface RoomNightTable extends GenericRepository<RoomNightTableRow, RoomNightTableRow.Key> {

    /** One batch; a night another booking holds fails the whole claim with the key's constraint violation. */
    List<RoomNightTableRow> saveAll(Iterable<RoomNightTableRow> nights);

    @Query("DELETE FROM ROOM_NIGHT WHERE BOOKING_ID = :bookingId")
    void releaseAll(long bookingId);

    @Query("DELETE FROM ROOM_NIGHT WHERE BOOKING_ID = :bookingId AND NIGHT >= :from")
    void releaseFrom(long bookingId, LocalDate from);

    @Query("SELECT BOOKING_ID FROM ROOM_NIGHT WHERE PROPERTY_ID = :propertyId AND ROOM_NUMBER = :number"
            + " AND NIGHT >= :arrival AND NIGHT < :departure AND BOOKING_ID <> :exceptBooking"
            + " ORDER BY NIGHT OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
    Optional<Long> firstOtherBooking(
            long propertyId, String number, LocalDate arrival, LocalDate departure, long exceptBooking);

    @DerbyRepository
    interface OnDerby extends RoomNightTable {}

    @PostgresRepository
    interface OnPostgres extends RoomNightTable {}
}
