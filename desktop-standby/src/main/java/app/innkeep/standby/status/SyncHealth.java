package app.innkeep.standby.status;

import app.innkeep.standby.sync.SyncStates;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The sync's health for /health: how far behind the cloud the replica is (events and minutes since data as of), how
 * many events it has applied and holds, and whether sync is stopped. DOWN when stopped; the details show to logged-in
 * callers only (the CLI's operator token, an admin).
 */
@Singleton
@io.micronaut.management.health.indicator.annotation.Readiness
public class SyncHealth implements HealthIndicator {

    private final SyncStates states;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final app.innkeep.standby.sync.HeldEvents heldEvents;
    private final app.innkeep.standby.store.ReplicaDisk disk;

    public SyncHealth(
            SyncStates states,
            TransactionOperations<Connection> tx,
            Clock clock,
            app.innkeep.standby.sync.HeldEvents heldEvents,
            app.innkeep.standby.store.ReplicaDisk disk) {
        this.disk = disk;
        this.states = states;
        this.tx = tx;
        this.clock = clock;
        this.heldEvents = heldEvents;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthResult result;
        try {
            result = tx.executeRead(s -> compute());
        } catch (RuntimeException e) {
            // A replica that cannot be read because its disk is full says so, rather than failing the health check.
            var full = disk.full().or(() -> disk.explain(e));
            if (full.isEmpty()) {
                throw e;
            }
            result = HealthResult.builder("sync", HealthStatus.DOWN)
                    .details(Map.of("disk", full.get().sentence()))
                    .build();
        }
        return Publishers.just(result);
    }

    private HealthResult compute() {
        {
            var state = states.current();
            Map<String, Object> details = new LinkedHashMap<>();
            if (state.isEmpty()) {
                details.put("paired", false);
                return HealthResult.builder("sync", HealthStatus.UP)
                        .details(details)
                        .build();
            }
            var st = state.get();
            var asOf = st.dataAsOf();
            details.put("paired", true);
            details.put("property", st.property());
            String silence = StandbyStatus.cloudSilence(st);
            if (silence == null) {
                details.put("lagEvents", Math.max(0, st.cloudHead() - st.cursor()));
            } else {
                // The head is only as recent as the cloud's last answer: no lag figure, but what is known.
                details.put("cloud", silence);
            }
            if (st.bootstrapPending()) {
                details.put("bootstrap", "not completed yet: the standby bootstraps again at its next run");
            }
            disk.full().ifPresent(f -> details.put("disk", f.sentence()));
            details.put(
                    "minutesSinceDataAsOf",
                    asOf == null
                            ? null
                            : Duration.between(asOf, clock.instant()).toMinutes());
            details.put("eventsApplied", st.eventsApplied());
            details.put("heldEvents", heldEvents.count());
            details.put("stopped", st.stopReason());
            boolean down = st.stopReason() != null || disk.full().isPresent();
            return HealthResult.builder("sync", down ? HealthStatus.DOWN : HealthStatus.UP)
                    .details(details)
                    .build();
        }
    }
}
