package app.innkeep.standby.sync;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/** What the status page and the health check read of the events the sync holds (the applier writes them). */
@Singleton
@Store
public class HeldEvents {

    /** One held event: why it waits, since when. */
    public record Held(long sequence, String type, String subject, String reason, Instant heldAt) {}

    private final Replica replica;

    public HeldEvents(Replica replica) {
        this.replica = replica;
    }

    /** The oldest held events, in feed order, at most {@code max}. */
    public List<Held> oldest(int max) {
        return replica.list(
                "SELECT * FROM HELD_EVENT ORDER BY SEQUENCE_NO OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
                rs -> new Held(
                        rs.getLong("SEQUENCE_NO"),
                        rs.getString("EVENT_TYPE"),
                        rs.getString("SUBJECT"),
                        rs.getString("REASON"),
                        Replica.instant(rs, "HELD_AT")),
                max);
    }

    public long count() {
        return replica.count("SELECT COUNT(*) FROM HELD_EVENT");
    }
}
