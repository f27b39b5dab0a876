package app.innkeep.standby.reentry;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Where the re-entry of one outage stands: the assistant's switch and last run, the closing check, the sign-off. */
@Serdeable
public record ReentryState(
        long outageId,
        boolean assisted,
        Instant lastRunAt,
        String lastRunMessage,
        Instant verifiedAt,
        Boolean verifiedOk,
        String verifyReport,
        Instant signedOffAt,
        String signedOffBy) {

    public boolean signedOff() {
        return signedOffAt != null;
    }

    public boolean verified() {
        return Boolean.TRUE.equals(verifiedOk);
    }
}
