package app.innkeep.standby.sync;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/**
 * Reads and clears of the held events. The page's own writes and its look-up of held bookings stay in the applier's
 * batch (ADR 0014), on the same connection.
 */
@JdbcRepository(dialect = Dialect.ORACLE)
interface HeldEventRows extends GenericRepository<HeldEventRow, Long> {

    List<HeldEventRow> findOrderBySequenceNo(Pageable page);

    List<HeldEventRow> listOrderBySequenceNo();

    boolean existsBySubjectAndSequenceNoLessThan(String subject, long sequenceNo);

    void update(@Id long sequenceNo, String reason);

    void deleteById(long sequenceNo);

    long count();
}
