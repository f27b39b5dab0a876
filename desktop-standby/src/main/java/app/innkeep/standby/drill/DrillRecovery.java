package app.innkeep.standby.drill;

import app.innkeep.standby.store.DrillCopy;
import app.innkeep.standby.store.ReplicaFingerprint;
import app.innkeep.standby.store.ReplicaRoute;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start: a drill the standby stopped in the middle of (killed, crashed, switched off) is abandoned. The standby
 * always starts on the replica; the copy is deleted, and the replica is compared with what it was before that drill.
 */
@Singleton
public class DrillRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DrillRecovery.class);

    private final DrillStore store;
    private final DrillCopy copy;
    private final ReplicaRoute route;
    private final ReplicaFingerprint fingerprint;
    private final Clock clock;

    public DrillRecovery(
            DrillStore store, DrillCopy copy, ReplicaRoute route, ReplicaFingerprint fingerprint, Clock clock) {
        this.store = store;
        this.copy = copy;
        this.route = route;
        this.fingerprint = fingerprint;
        this.clock = clock;
    }

    @EventListener
    void atStart(StartupEvent event) {
        discardAbandoned();
    }

    /** Abandons a drill left running and deletes a copy left on disk. */
    public void discardAbandoned() {
        if (copy.discard()) {
            LOG.warn("A fire drill's copy of the replica was left on disk by a stop during the drill: deleted");
        }
        store.running().ifPresent(d -> {
            store.finish(
                    d.id(),
                    null,
                    DrillState.ABANDONED,
                    clock.instant(),
                    d.startedBy(),
                    "the standby stopped during the drill; its copy was discarded at the next start",
                    List.of(),
                    fingerprint.of(route.replica(), DrillStore.NOT_COMPARED));
            LOG.warn(
                    "Fire drill {} (started by {} at {}) was cut short by a stop of the standby: abandoned, its copy"
                            + " discarded",
                    d.id(),
                    d.startedBy(),
                    d.startedAt());
        });
    }
}
