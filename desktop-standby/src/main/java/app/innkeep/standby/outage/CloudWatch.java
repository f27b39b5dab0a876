package app.innkeep.standby.outage;

import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.sync.SyncStates;
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
 * Asks the cloud every {@code innkeep.standby.outage.probe-interval} whether it answers. When it has not answered for
 * {@code innkeep.standby.outage.propose-after}, every page proposes outage mode (staff still decide).
 */
@Singleton
public class CloudWatch {

    private static final Logger LOG = LoggerFactory.getLogger(CloudWatch.class);

    private final CloudClient cloud;
    private final SyncStates states;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Duration proposeAfter;
    private final Duration probeTimeout;
    private volatile Instant unreachableSince;

    public CloudWatch(
            CloudClient cloud,
            SyncStates states,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.standby.outage.propose-after:10m}") Duration proposeAfter,
            @Value("${innkeep.standby.outage.probe-timeout:5s}") Duration probeTimeout) {
        this.cloud = cloud;
        this.states = states;
        this.tx = tx;
        this.clock = clock;
        this.proposeAfter = proposeAfter;
        this.probeTimeout = probeTimeout;
    }

    @Scheduled(
            fixedDelay = "${innkeep.standby.outage.probe-interval:1m}",
            initialDelay = "${innkeep.standby.outage.probe-interval:1m}")
    public void probe() {
        var state = tx.executeRead(s -> states.current());
        if (state.isEmpty() || cloud.paused().isPresent()) {
            // Not paired, or a fire drill runs: nothing is sent to the cloud, and its silence means nothing.
            return;
        }
        boolean up = cloud.reachable(state.get().cloudUrl(), probeTimeout);
        if (up && unreachableSince != null) {
            LOG.info("The cloud answers again (it did not since {})", unreachableSince);
            unreachableSince = null;
        } else if (!up && unreachableSince == null) {
            unreachableSince = clock.instant();
            LOG.warn("The cloud at {} does not answer", state.get().cloudUrl());
        }
    }

    /** Since when the cloud has not answered, or null while it does. */
    public Instant unreachableSince() {
        return unreachableSince;
    }

    /** True when the cloud has been silent long enough to suggest outage mode. */
    public boolean proposeOutage(Instant now) {
        Instant since = unreachableSince;
        return since != null && !since.plus(proposeAfter).isAfter(now);
    }
}
