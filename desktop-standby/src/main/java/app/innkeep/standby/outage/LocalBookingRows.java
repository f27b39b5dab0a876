package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The desk's versions of bookings. */
@JdbcRepository(dialect = Dialect.ORACLE)
interface LocalBookingRows extends GenericRepository<LocalBookingRow, String> {

    /** A Derby sequence, not a table: survives restarts and resyncs, may skip numbers after a crash, never repeats. */
    @Query("SELECT NEXT VALUE FOR WALK_IN_NUMBER FROM SYSIBM.SYSDUMMY1")
    long nextWalkInNumber();

    Optional<LocalBookingRow> findById(String confirmation);

    void save(LocalBookingRow row);

    void update(LocalBookingRow row);

    void deleteByConfirmationAndRetiredAtIsNotNull(String confirmation);

    Optional<LocalBookingRow> findByConfirmationAndRetiredAtIsNull(String confirmation);

    long countByConfirmationAndRetiredAtIsNull(String confirmation);

    List<String> findConfirmationByRetiredAtIsNullOrderByConfirmation();

    List<String> findDistinctRoomNumberByRetiredAtIsNullAndStatusInAndRoomNumberIsNotNull(
            Collection<BookingStatus> status);

    void updateByOutageIdAndRetiredAtIsNull(long outageId, @Nullable Instant retiredAt);

    /** Across to the cloud's copy: its bookings holding a room one of the desk's live bookings holds too. */
    @Query("SELECT b.CONFIRMATION, b.ROOM_NUMBER AS ROOM FROM BOOKING b WHERE b.STATUS IN ('RESERVED', 'CHECKED_IN')"
            + " AND b.ROOM_NUMBER IN (SELECT ROOM_NUMBER FROM LOCAL_BOOKING WHERE RETIRED_AT IS NULL"
            + " AND STATUS IN ('RESERVED', 'CHECKED_IN'))")
    List<CollisionFlags.CloudHold> cloudBookingsInDeskRooms();

    /** Across to the cloud's copy: a live desk booking holding the cloud booking's room on one of its nights. */
    @Query("SELECT l.CONFIRMATION FROM LOCAL_BOOKING l, BOOKING c WHERE c.CONFIRMATION = :cloudConfirmation"
            + " AND c.STATUS IN ('RESERVED', 'CHECKED_IN') AND l.STATUS IN ('RESERVED', 'CHECKED_IN')"
            + " AND l.RETIRED_AT IS NULL AND l.ROOM_NUMBER = c.ROOM_NUMBER AND l.CONFIRMATION <> c.CONFIRMATION"
            + " AND l.ARRIVAL < c.DEPARTURE AND l.DEPARTURE > c.ARRIVAL"
            // The cloud booking a walk-in became at re-entry is the walk-in itself, not a booking clashing with it.
            + " AND NOT EXISTS (SELECT 1 FROM D_NUMBER_MAP m WHERE m.D_NUMBER = l.CONFIRMATION"
            + " AND m.CLOUD_CONFIRMATION = c.CONFIRMATION) FETCH FIRST 1 ROWS ONLY")
    Optional<String> deskBookingClashingWith(String cloudConfirmation);

    /** The outage in which the desk made its live version of this booking. */
    Optional<Long> findOutageIdByConfirmationAndRetiredAtIsNull(String confirmation);
}
