package app.innkeep.standby.outage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The folio lines the desk posted. */
@JdbcRepository(dialect = Dialect.ORACLE)
interface LocalFolioLineRows extends GenericRepository<LocalFolioLineRow, Long> {

    /** A Derby sequence, not a table: the line's ID is its negative. */
    @Query("SELECT NEXT VALUE FOR LOCAL_LINE_NUMBER FROM SYSIBM.SYSDUMMY1")
    long nextLineNumber();

    void save(LocalFolioLineRow row);

    List<String> findDistinctConfirmationByRetiredAtIsNull();

    long countByConfirmationAndRetiredAtIsNull(String confirmation);

    /** An aggregate: the balance of the booking's live lines, a payment lowering it. */
    @Query("SELECT COALESCE(SUM(CASE WHEN LINE_KIND = 'PAYMENT' THEN -AMOUNT ELSE AMOUNT END), 0)"
            + " FROM LOCAL_FOLIO_LINE WHERE CONFIRMATION = :confirmation AND RETIRED_AT IS NULL")
    BigDecimal liveBalance(String confirmation);

    /** Across to the journal: the lines are the outage's by their entry, not by a column of their own. */
    @Query("UPDATE LOCAL_FOLIO_LINE SET RETIRED_AT = :now WHERE RETIRED_AT IS NULL AND ENTRY_ID IN"
            + " (SELECT ENTRY_ID FROM OUTAGE_JOURNAL WHERE OUTAGE_ID = :outageId)")
    void retireOutage(long outageId, Instant now);

    /** Across to the journal: the (latest) outage in which the desk posted the live lines of this folio. */
    @Query("SELECT j.OUTAGE_ID FROM LOCAL_FOLIO_LINE l JOIN OUTAGE_JOURNAL j ON j.ENTRY_ID = l.ENTRY_ID"
            + " WHERE l.CONFIRMATION = :confirmation AND l.RETIRED_AT IS NULL ORDER BY j.OUTAGE_ID DESC"
            + " FETCH FIRST 1 ROWS ONLY")
    Optional<Long> outageOfLiveLines(String confirmation);
}
