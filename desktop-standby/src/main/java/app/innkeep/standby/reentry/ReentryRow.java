package app.innkeep.standby.reentry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** The re-entry of one outage as stored: the assistant's switch and last run, the closing check, the sign-off. */
@MappedEntity(value = "REENTRY", namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class, escape = false)
record ReentryRow(
        @Id long outageId,
        boolean assisted,
        @Nullable Instant lastRunAt,
        @Nullable String lastRunMessage,
        @Nullable Instant verifiedAt,
        @Nullable Boolean verifiedOk,
        @Nullable String verifyReport,
        @Nullable Instant signedOffAt,
        @Nullable String signedOffBy) {

    /** A re-entry nothing has been done on yet: the assistant off. */
    static ReentryRow fresh(long outageId) {
        return new ReentryRow(outageId, false, null, null, null, null, null, null, null);
    }

    ReentryState state() {
        return new ReentryState(
                outageId,
                assisted,
                lastRunAt,
                lastRunMessage,
                verifiedAt,
                verifiedOk,
                verifyReport,
                signedOffAt,
                signedOffBy);
    }
}
