package app.innkeep.standby.outage;

import app.innkeep.standby.store.Store;
import java.sql.SQLException;

/**
 * Whether a failed write was the database refusing a second row with the same key (SQL state 23505), wherever the
 * gateway wrapped it: how the desk recognises a form sent twice at the same moment. Kept with the stores because it
 * reads JDBC's error, whichever gateway (the replica's or Micronaut Data's) wrote the journal.
 */
@Store
final class DuplicateKey {

    private DuplicateKey() {}

    static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
