package app.innkeep.standby.sync;

import io.micronaut.serde.annotation.Serdeable;

/** How a run ended: what it applied and held, and the cursor it left. */
@Serdeable
public record RunResult(SyncOutcome result, String message, int applied, int held, long cursor) {

    /**
     * Whether the replica is as current as a run can make it now: this run succeeded, or one that was already running
     * did the work. What the re-entry asks before it talks to the cloud.
     */
    public boolean upToDate() {
        return result == SyncOutcome.OK || result == SyncOutcome.SKIPPED;
    }
}
