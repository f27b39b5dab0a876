package app.innkeep.cloud.metrics;

import app.innkeep.cloud.metrics.StandbyPositions.Position;
import app.innkeep.cloud.pairing.DeviceSightings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How many standbys are how far behind, for the fleet view: a paired, unrevoked standby of a property with backup on is
 * as far behind as the oldest event it has not yet acknowledged (0 when it has the head). One query over all devices,
 * at most once per {@code innkeep.metrics.lag-refresh} however often the scraper comes, never a query per property. A
 * standby whose next event retention removed must resync: it counts as more than a day behind.
 */
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

    private final StandbyPositions positions;
    private final DeviceSightings sightings;
    private final Clock clock;
    private final Duration refresh;
    private final AtomicLongArray counts = new AtomicLongArray(Bucket.values().length);
    private Instant refreshedAt;

    public StandbysByLag(
            StandbyPositions positions,
            DeviceSightings sightings,
            Clock clock,
            MeterRegistry registry,
            @Value("${innkeep.metrics.lag-refresh:1m}") Duration refresh) {
        this.positions = positions;
        this.sightings = sightings;
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
        // Up-to-date polls record their acknowledgement in batches (DeviceSightings): write this instance's first.
        sightings.flush();
        long[] fresh = new long[Bucket.values().length];
        for (Position p : positions.all()) {
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
