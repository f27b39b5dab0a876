package app.innkeep.cloud.metrics;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How many standbys are how far behind, for the fleet view: a paired, unrevoked standby of a property with backup on is
 * as far behind as the oldest event it has not yet acknowledged (0 when it has the head). One query over all devices,
 * at most once per {@code innkeep.metrics.lag-refresh} however often the scraper comes, never a query per property.
 */
@Store
@Singleton
public class StandbysByLag {

    /** The buckets, each the standbys behind by less than its limit and at least the previous one's. */
    enum Bucket {
        UNDER_5M("under-5m", Duration.ofMinutes(5)),
        UNDER_1H("under-1h", Duration.ofHours(1)),
        UNDER_1D("under-1d", Duration.ofDays(1)),
        OVER_1D("over-1d", null);

        final String label;
        final Duration limit;

        Bucket(String label, Duration limit) {
            this.label = label;
            this.limit = limit;
        }

        static Bucket of(Duration behind) {
            for (Bucket b : values()) {
                if (b.limit != null && behind.compareTo(b.limit) < 0) {
                    return b;
                }
            }
            return OVER_1D;
        }
    }

    // The acknowledged position, the head, and the time of the first event after the position (none when it has the
    // head, or when retention removed it: such a standby must resync, so it counts as more than a day behind).
    private static final String POSITIONS = "SELECT D.LAST_SEQUENCE, P.NEXT_EVENT_SEQUENCE - 1 AS HEAD, E.OCCURRED_AT"
            + " FROM DEVICE D JOIN PROPERTY P ON P.ID = D.PROPERTY_ID"
            + " LEFT JOIN OUTBOX_EVENT E ON E.PROPERTY_ID = D.PROPERTY_ID AND E.SEQUENCE_NO = D.LAST_SEQUENCE + 1"
            + " WHERE D.REVOKED_AT IS NULL AND P.BACKUP_ENABLED = TRUE";

    private record Position(long acknowledged, long head, Instant firstUnacknowledged) {}

    private final Db db;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Duration refresh;
    private final AtomicLongArray counts = new AtomicLongArray(Bucket.values().length);
    private Instant refreshedAt;

    public StandbysByLag(
            Db db,
            TransactionOperations<Connection> tx,
            Clock clock,
            MeterRegistry registry,
            @Value("${innkeep.metrics.lag-refresh:1m}") Duration refresh) {
        this.db = db;
        this.tx = tx;
        this.clock = clock;
        this.refresh = refresh;
        for (Bucket b : Bucket.values()) {
            Gauge.builder("innkeep.standbys", counts, c -> c.get(b.ordinal()))
                    .description("Paired standbys by how far behind the feed head they are (oldest unacknowledged"
                            + " event)")
                    .tag("lag", b.label)
                    .register(registry);
        }
    }

    /** Counts again if the last count is older than the refresh interval (or there is none yet). */
    public synchronized void refreshIfStale() {
        Instant now = clock.instant();
        if (refreshedAt != null && now.isBefore(refreshedAt.plus(refresh))) {
            return;
        }
        List<Position> positions = tx.executeRead(s ->
                db.list(POSITIONS, rs -> new Position(rs.getLong(1), rs.getLong(2), Db.instant(rs, "OCCURRED_AT"))));
        long[] fresh = new long[Bucket.values().length];
        for (Position p : positions) {
            fresh[behind(p, now).ordinal()]++;
        }
        for (int i = 0; i < fresh.length; i++) {
            counts.set(i, fresh[i]);
        }
        refreshedAt = now;
    }

    private static Bucket behind(Position p, Instant now) {
        if (p.acknowledged() >= p.head()) {
            return Bucket.UNDER_5M;
        }
        if (p.firstUnacknowledged() == null) {
            return Bucket.OVER_1D;
        }
        Duration behind = Duration.between(p.firstUnacknowledged(), now);
        return Bucket.of(behind.isNegative() ? Duration.ZERO : behind);
    }
}
