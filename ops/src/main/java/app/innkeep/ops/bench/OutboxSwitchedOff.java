package app.innkeep.ops.bench;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.outbox.FeedRuns;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.PropertyEvent;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The baseline of the benchmark only: the cloud exactly as it is, but writing no feed events. Active solely in the
 * benchmark's own context ({@code innkeep.bench.outbox=off}); it is not on the cloud service's classpath.
 */
@Singleton
@Replaces(Outbox.class)
@Requires(property = "innkeep.bench.outbox", value = "off")
public class OutboxSwitchedOff extends Outbox {

    public OutboxSwitchedOff(Db db, FeedRuns runs, Clock clock) {
        super(db, runs, clock);
    }

    @Override
    public EventEnvelope append(PropertyRow property, String actor, LocalDate businessDate, PropertyEvent event) {
        return null;
    }
}
