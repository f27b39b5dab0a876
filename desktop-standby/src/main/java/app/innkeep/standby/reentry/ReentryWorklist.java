package app.innkeep.standby.reentry;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The night auditor opens the re-entry: the last ended outage (or a given one) with every journal entry's line. */
@Singleton
public class ReentryWorklist {

    private final OpenReentries reentries;
    private final ReentryStore store;
    private final Worklist worklist;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public ReentryWorklist(
            OpenReentries reentries,
            ReentryStore store,
            Worklist worklist,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.reentries = reentries;
        this.store = store;
        this.worklist = worklist;
        this.tx = tx;
        this.clock = clock;
    }

    /** Empty while no outage has ended. */
    public Optional<ReentryOverview> overview(Long outageId) {
        return tx.executeWrite(s -> reentries.ended(outageId).map(o -> {
            ReentryState state = store.state(o.id());
            List<WorkItem> items = worklist.prepare(o.id(), clock.instant());
            long settled = items.stream().filter(WorkItem::settled).count();
            return new ReentryOverview(o, state, items, settled, items.size());
        }));
    }
}
