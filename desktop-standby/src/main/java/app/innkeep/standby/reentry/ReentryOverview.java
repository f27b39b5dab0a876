package app.innkeep.standby.reentry;

import app.innkeep.standby.outage.Outage;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An ended outage with its re-entry: the worklist and how much of it is settled. */
@Serdeable
public record ReentryOverview(Outage outage, ReentryState state, List<WorkItem> items, long settled, long total) {
    public boolean signedOff() {
        return state.signedOff();
    }
}
