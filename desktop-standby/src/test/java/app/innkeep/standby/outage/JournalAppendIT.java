package app.innkeep.standby.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.journal.JournalChange.OutageStarted;
import app.innkeep.standby.store.Replica.ReplicaFailure;
import app.innkeep.standby.support.StandbyContext;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The journal's entry ID is the form's one-time ID: a second append of it is refused as the replica's duplicate-key
 * failure, which is how the desk tells two sends of one form at the same moment from a real error.
 */
class JournalAppendIT {

    static final Instant TEN_FORTY = Instant.parse("2026-11-30T10:40:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    @Test
    @SuppressWarnings("unchecked")
    void theSameFormJournaledTwiceIsRefusedAsADuplicateKey() {
        try (ApplicationContext context = StandbyContext.start()) {
            OutageJournal journal = context.getBean(OutageJournal.class);
            TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
            OutageStarted started = new OutageStarted("internet down since 10:40", TEN_FORTY);
            String entryId = "3506289b-a5c3-4a1b-b58b-afb5d5e2bbe3";
            long outageId = tx.executeWrite(s -> {
                long id = context.getBean(Outages.class).start(TEN_FORTY, "dana", started.reason(), TEN_FORTY);
                journal.append(entryId, id, started, null, null, null, null, "dana", TEN_FORTY, TODAY);
                return id;
            });

            assertThatThrownBy(() -> tx.executeWrite(s -> {
                        journal.append(entryId, outageId, started, null, null, null, null, "dana", TEN_FORTY, TODAY);
                        return null;
                    }))
                    .isInstanceOf(ReplicaFailure.class)
                    .cause()
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("23505");
            List<JournalEntry> entries = tx.executeRead(s -> journal.entries(outageId));
            assertThat(entries).hasSize(1);
        }
    }
}
