package app.innkeep.standby.reentry;

import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ClosingCheckRequest;
import app.innkeep.model.reentry.ReentryAnswer;
import app.innkeep.model.reentry.ReentryRequest;
import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.sync.RunResult;
import app.innkeep.standby.sync.SyncService;
import app.innkeep.standby.sync.SyncState;
import app.innkeep.standby.sync.SyncStates;
import app.innkeep.standby.sync.SyncTrigger;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * The cloud as the re-entry talks to it: synced with first (so collisions and the cloud's latest lines are known),
 * then asked as the paired property, with the device credential.
 */
@Singleton
class ReentryCloud {

    /** The paired cloud, as it was when a run began. */
    record Paired(CloudClient cloud, SyncState state) {

        ReentryAnswer post(String entryId, ReentryRequest entry) {
            return cloud.postReentry(state.cloudUrl(), state.property(), state.credential(), entryId, entry);
        }

        ClosingCheckAnswer closingCheck(ClosingCheckRequest question) {
            return cloud.closingCheck(state.cloudUrl(), state.property(), state.credential(), question);
        }
    }

    private final SyncService sync;
    private final SyncStates states;
    private final CloudClient cloud;
    private final TransactionOperations<Connection> tx;

    ReentryCloud(SyncService sync, SyncStates states, CloudClient cloud, TransactionOperations<Connection> tx) {
        this.sync = sync;
        this.states = states;
        this.cloud = cloud;
        this.tx = tx;
    }

    RunResult syncFirst() {
        return sync.sync(SyncTrigger.REENTRY);
    }

    Paired paired() {
        return new Paired(cloud, tx.executeRead(s -> states.current()).orElseThrow());
    }
}
