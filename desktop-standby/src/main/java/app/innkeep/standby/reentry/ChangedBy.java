package app.innkeep.standby.reentry;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Who changed one side of a colliding booking and when: the desk's clerk from the outage journal, the cloud's user or
 * device from the feed event. Both null when it is not known (a flag raised by a full resync names no author).
 */
@Serdeable
public record ChangedBy(String who, Instant at) {

    public boolean known() {
        return who != null && at != null;
    }
}
