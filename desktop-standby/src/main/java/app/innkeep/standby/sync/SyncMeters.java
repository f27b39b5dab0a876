package app.innkeep.standby.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;

/**
 * The sync's meters (README "Metrics"): runs by outcome and trigger, their duration and the events they applied, from
 * the end of every run ({@link SyncFinished}); held events and the minutes since data as of, read from the replica
 * when scraped (one standby, one small read).
 */
@Singleton
public class SyncMeters {

    private final MeterRegistry registry;
    private final Counter applied;

    SyncMeters(
            MeterRegistry registry,
            SyncStates states,
            HeldEvents held,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.registry = registry;
        this.applied = Counter.builder("innkeep.sync.events.applied")
                .description("Feed events applied to the replica by sync runs")
                .register(registry);
        Gauge.builder("innkeep.sync.held.events", () -> tx.executeRead(s -> held.count()))
                .description("Events held because they cannot be applied yet (see the status page)")
                .register(registry);
        Gauge.builder(
                        "innkeep.sync.minutes.since.data.as.of",
                        () -> tx.executeRead(s -> states.current()
                                .map(SyncState::dataAsOf)
                                .map(asOf -> (double)
                                        Duration.between(asOf, clock.instant()).toMinutes())
                                .orElse(Double.NaN)))
                .description("Minutes since the replica was last known equal to the cloud (NaN before the first sync)")
                .register(registry);
    }

    @EventListener
    void finished(SyncFinished run) {
        String outcome = run.result().result().name();
        Counter.builder("innkeep.sync.runs")
                .description("Sync runs, by how they ended and why they ran")
                .tag("outcome", outcome)
                .tag("trigger", run.trigger().name())
                .register(registry)
                .increment();
        Timer.builder("innkeep.sync.duration")
                .description("How long sync runs took, by how they ended")
                .tag("outcome", outcome)
                .register(registry)
                .record(run.took());
        applied.increment(run.result().applied());
    }
}
