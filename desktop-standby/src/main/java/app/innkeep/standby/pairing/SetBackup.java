package app.innkeep.standby.pairing;

import app.innkeep.standby.cli.SuggestedCommand;
import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.store.ReplicaDisk;
import app.innkeep.standby.sync.RunResult;
import app.innkeep.standby.sync.SyncService;
import app.innkeep.standby.sync.SyncStates;
import app.innkeep.standby.sync.SyncTrigger;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Set backup": the property admin gives the cloud's address and a one-time pairing code; the standby gets its device
 * credential, then bootstraps from a snapshot and follows the feed from there.
 */
@Singleton
public class SetBackup {

    private static final Logger LOG = LoggerFactory.getLogger(SetBackup.class);

    private final CloudClient cloud;
    private final SyncStates states;
    private final SyncService sync;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ReplicaDisk disk;

    public SetBackup(
            CloudClient cloud,
            SyncStates states,
            SyncService sync,
            TransactionOperations<Connection> tx,
            Clock clock,
            ReplicaDisk disk) {
        this.disk = disk;
        this.cloud = cloud;
        this.states = states;
        this.sync = sync;
        this.tx = tx;
        this.clock = clock;
    }

    public RunResult pair(String cloudUrl, String code, String deviceName) {
        String url = validUrl(cloudUrl);
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(
                    "the pairing code is required (make one in the cloud: Standby, New pairing code)");
        }
        String name = deviceName == null || deviceName.isBlank() ? "Front desk standby" : deviceName.strip();
        // Before the one-time code is spent: a standby that cannot write its credential would lose the pairing.
        disk.requireRoom("the pairing code was not used: pair again once there is room, on the status page or with "
                + SuggestedCommand.PAIR.text("URL", url));
        var pairing = cloud.pair(url, code.strip(), name);
        tx.executeWrite(s -> {
            states.pairedWith(
                    pairing.property(),
                    pairing.property(),
                    "UTC",
                    "USD",
                    LocalDate.now(clock),
                    url,
                    pairing.deviceId(),
                    pairing.credential(),
                    clock.instant());
            return null;
        });
        LOG.info(
                "Paired with {} at {} as device {}; bootstrapping from a snapshot",
                pairing.property(),
                url,
                pairing.deviceId());
        return sync.resync(SyncTrigger.BOOTSTRAP);
    }

    static String validUrl(String cloudUrl) {
        try {
            URI uri = URI.create(cloudUrl == null ? "" : cloudUrl.strip());
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "the cloud address must be a full http(s) URL, such as https://cloud.innkeep.example");
            }
            return CloudClient.stripSlash(uri.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    e.getMessage().startsWith("the cloud address")
                            ? e.getMessage()
                            : "the cloud address is not a valid URL: " + cloudUrl);
        }
    }
}
