package app.innkeep.standby.reporting;

import app.innkeep.standby.staff.StaffRole;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/**
 * Prints the downtime pack to its folder now, as after a sync (for an admin before a planned outage, and for the
 * tests): coalesced with an export already running, see {@link DowntimePackExport#export()}.
 */
@Controller("/api/downtime-pack")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.ADMINISTRATOR)
public class DowntimePackApi {

    private final DowntimePackExport export;

    public DowntimePackApi(DowntimePackExport export) {
        this.export = export;
    }

    @Post
    public DowntimePackExport.Result print() {
        return export.export();
    }
}
