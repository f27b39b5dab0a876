package app.innkeep.standby.sync;

import java.time.Instant;
import java.time.LocalDate;

/** The one row that says which property this standby mirrors and how far it has read the cloud's feed. */
public record SyncState(
        String property,
        String propertyName,
        String timeZone,
        String currency,
        LocalDate businessDate,
        String cloudUrl,
        long deviceId,
        String credential,
        Instant pairedAt,
        long cursor,
        long cloudHead,
        Instant newestEventAt,
        Instant lastPullAt,
        Instant snapshotAt,
        long eventsApplied,
        String stopReason,
        Instant bootstrappedAt,
        Instant cloudSilentSince) {

    /**
     * A credential without a completed bootstrap: pairing was cut short (killed, disk full, cloud gone) and the next
     * run bootstraps again instead of following the feed from an empty replica.
     */
    public boolean bootstrapPending() {
        return bootstrappedAt == null;
    }

    /** When the replica was last known to equal the cloud: the last pull that reached the head, else the snapshot. */
    public Instant dataAsOf() {
        return lastPullAt != null ? lastPullAt : snapshotAt;
    }
}
