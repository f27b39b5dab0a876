package app.innkeep.standby.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;
import java.time.LocalDate;

/** The sync state's one row (ID 1) as stored. */
@MappedEntity(
        value = "SYNC_STATE",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record SyncStateRow(
        @Id int id,
        String propertyCode,
        String propertyName,
        String timeZone,
        String currency,
        LocalDate businessDate,
        String cloudUrl,
        long deviceId,
        String credential,
        Instant pairedAt,
        long cursorSeq,
        long cloudHead,
        @Nullable Instant newestEventAt,
        @Nullable Instant lastPullAt,
        @Nullable Instant snapshotAt,
        long eventsApplied,
        @Nullable String stopReason,
        @Nullable Instant bootstrappedAt,
        @Nullable Instant cloudSilentSince) {

    static final int ONLY = 1;

    SyncState state() {
        return new SyncState(
                propertyCode,
                propertyName,
                timeZone,
                currency,
                businessDate,
                cloudUrl,
                deviceId,
                credential,
                pairedAt,
                cursorSeq,
                cloudHead,
                newestEventAt,
                lastPullAt,
                snapshotAt,
                eventsApplied,
                stopReason,
                bootstrappedAt,
                cloudSilentSince);
    }
}
