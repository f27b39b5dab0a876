package app.innkeep.standby.outage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outage journal's rows. Inserts and reads only: the database refuses UPDATE and DELETE on the table. */
@JdbcRepository(dialect = Dialect.ORACLE)
public interface JournalRows extends GenericRepository<JournalRow, Long> {

    JournalRow save(JournalRow row);

    Optional<JournalRow> findByEntryId(String entryId);

    List<JournalRow> findByOutageIdOrderByPosition(long outageId);

    List<JournalRow> findByEnteredAtBetweenOrderByPosition(Instant from, Instant until);

    List<JournalRow> findByBookingRefOrderByPosition(String bookingRef);

    long count();

    /** Across to the worklist: the booking's entries the auditor has re-entered, posted or by hand. */
    @Query("SELECT COUNT(*) FROM REENTRY_ITEM i JOIN OUTAGE_JOURNAL j ON j.ENTRY_ID = i.ENTRY_ID"
            + " WHERE j.BOOKING_REF = :bookingRef AND i.STATUS IN ('POSTED', 'MANUAL')")
    long countReentered(String bookingRef);
}
