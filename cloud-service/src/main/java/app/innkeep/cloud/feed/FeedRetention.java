package app.innkeep.cloud.feed;

import app.innkeep.cloud.outbox.FeedEvents;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes feed events older than {@code innkeep.feed.retention} (30 days by default). A standby whose cursor falls
 * behind what was removed gets 410 Gone and resyncs from a snapshot. Each property is trimmed in its own short
 * transaction.
 */
@Singleton
public class FeedRetention {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRetention.class);

    private final Properties properties;
    private final FeedEvents events;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Duration retention;

    public FeedRetention(
            Properties properties,
            FeedEvents events,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.feed.retention:30d}") Duration retention) {
        this.properties = properties;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(
            fixedDelay = "${innkeep.feed.retention-check:1h}",
            initialDelay = "${innkeep.feed.retention-first-check:5m}")
    void scheduled() {
        purgeOlderThan(clock.instant().minus(retention));
    }

    /** Trims every property's feed to events at or after the cut-off; returns how many events were removed. */
    public int purgeOlderThan(Instant cutoff) {
        int total = 0;
        for (PropertyRow property : tx.executeRead(status -> properties.all())) {
            int removed = tx.executeWrite(status -> events.purgeOlderThan(property.id(), cutoff));
            if (removed > 0) {
                LOG.info("Feed retention removed {} events of {} older than {}", removed, property.code(), cutoff);
            }
            total += removed;
        }
        return total;
    }
}
