package app.innkeep.standby.reentry;

import app.innkeep.standby.input.Invalid;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The night auditor signs off a verified re-entry: the worklist becomes read-only and the desk's records retire. */
@Singleton
public class SigningOff {

    private static final Logger LOG = LoggerFactory.getLogger(SigningOff.class);

    private final OpenReentries reentries;
    private final ReentryStore store;
    private final Worklist worklist;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public SigningOff(
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

    public void signOff(String user, long outageId) {
        tx.executeWrite(s -> {
            ReentryState state = reentries.open(outageId);
            if (!state.verified()) {
                throw new Invalid(null, "run the closing check first; sign-off needs it green");
            }
            if (worklist.items(outageId).stream().anyMatch(i -> !i.settled())) {
                throw new Invalid(null, "every entry must be settled before sign-off");
            }
            store.signedOff(outageId, clock.instant(), user);
            return null;
        });
        LOG.info("Re-entry of outage {} signed off by {}", outageId, user);
    }
}
