package app.innkeep.cloud.folio;

import java.time.Instant;

/**
 * Where a line comes from: the cloud itself ({@link #CLOUD}), or a standby journal entry re-entered after an outage,
 * done there at {@code originalAt}.
 */
public record Origin(Instant originalAt, String reentryEntryId) {
    public static final Origin CLOUD = new Origin(null, null);
}
