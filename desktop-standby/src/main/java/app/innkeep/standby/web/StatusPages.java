package app.innkeep.standby.web;

import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.staff.StaffRole;
import app.innkeep.standby.status.StandbyStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Duration;
import java.util.Map;

/**
 * The sync status page in the desk's layout (navigation, outage banner, data as of): where the property admin pairs
 * the standby, sees the feed position, held events and mismatches, and presses the sync buttons
 * ({@code status/OperationsForms}). Times are the property's, with its zone, as the CLI prints them.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.ADMINISTRATOR)
public class StatusPages {

    private final StandbyStatus status;
    private final FrontDesk desk;
    private final Pages pages;

    public StatusPages(StandbyStatus status, FrontDesk desk, Pages pages) {
        this.status = status;
        this.desk = desk;
        this.pages = pages;
    }

    @Get(value = "/status", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(Authentication user) {
        StandbyStatus.Status st = status.now();
        Map<String, Object> model = pages.model(user, "status", situation(st));
        model.put("st", st);
        model.put("done", null);
        model.put(
                "minutesOld",
                st.dataAsOf() == null
                        ? 0
                        : Math.max(0, Duration.between(st.dataAsOf(), st.now()).toMinutes()));
        model.put("cloudSilence", capitalised(st.cloudSilence()));
        return pages.ok("status", model);
    }

    /**
     * The desk's situation; when the replica cannot be read (its disk is full, which the status says) only what is
     * known without it, so that the page still tells the admin why.
     */
    private FrontDesk.Situation situation(StandbyStatus.Status st) {
        if (st.disk() != null && st.property() == null) {
            return new FrontDesk.Situation(true, null, null, "", "UTC", null, null, st.now(), null, false, null);
        }
        return desk.situation();
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
