package app.innkeep.standby.reentry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The auditor's choices per booking and field. */
@JdbcRepository(dialect = Dialect.ORACLE)
interface ReentryChoiceRows extends GenericRepository<ReentryChoiceRow, ReentryChoiceRow.Key> {

    void save(ReentryChoiceRow row);

    List<ReentryChoiceRow> findByIdBookingRef(String bookingRef);

    void deleteByIdBookingRef(String bookingRef);
}
