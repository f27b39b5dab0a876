package app.innkeep.cloud.metrics;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

/** Where every paired standby stands in its property's feed, all in one query, for {@link StandbysByLag}. */
@Store
@Singleton
public class StandbyPositions {

    /**
     * A standby's acknowledged position, its property's head, and when the first event after the position happened
     * (none when it has the head, or when retention removed that event).
     */
    public record Position(long acknowledged, long head, Instant firstUnacknowledged) {}

    // Unrevoked devices of properties whose backup is on; the first unacknowledged event by its primary key.
    private static final String POSITIONS = "SELECT D.LAST_SEQUENCE, P.NEXT_EVENT_SEQUENCE - 1 AS HEAD, E.OCCURRED_AT"
            + " FROM DEVICE D JOIN PROPERTY P ON P.ID = D.PROPERTY_ID"
            + " LEFT JOIN OUTBOX_EVENT E ON E.PROPERTY_ID = D.PROPERTY_ID AND E.SEQUENCE_NO = D.LAST_SEQUENCE + 1"
            + " WHERE D.REVOKED_AT IS NULL AND P.BACKUP_ENABLED = TRUE";

    private final Db db;
    private final TransactionOperations<Connection> tx;

    public StandbyPositions(Db db, TransactionOperations<Connection> tx) {
        this.db = db;
        this.tx = tx;
    }

    public List<Position> all() {
        return tx.executeRead(s ->
                db.list(POSITIONS, rs -> new Position(rs.getLong(1), rs.getLong(2), Db.instant(rs, "OCCURRED_AT"))));
    }
}
