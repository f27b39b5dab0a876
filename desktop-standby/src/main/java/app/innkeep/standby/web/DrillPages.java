package app.innkeep.standby.web;

import app.innkeep.standby.drill.DrillReports;
import app.innkeep.standby.drill.EndingDrill;
import app.innkeep.standby.drill.StartingDrill;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.staff.Csrf;
import app.innkeep.standby.staff.DeskAuthentication;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The fire drill: start it, end it, and read the reports of past drills (night auditors and admins, ADR 0019). */
@Controller("/drill")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.AUDITOR)
public class DrillPages {

    private final StartingDrill starting;
    private final EndingDrill ending;
    private final DrillReports reports;
    private final Pages pages;

    public DrillPages(StartingDrill starting, EndingDrill ending, DrillReports reports, Pages pages) {
        this.starting = starting;
        this.ending = ending;
        this.reports = reports;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(Authentication user) {
        return pages.ok("drill", model(user));
    }

    @Post(value = "/start", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> start(Authentication user, @Body Map<String, String> form) {
        Csrf.check(user, form.get(Csrf.FIELD));
        try {
            starting.start(deskUser(user), form.get("entryId"), form.get("reason"));
            return HttpResponse.seeOther(URI.create("/"));
        } catch (Invalid invalid) {
            return pages.refused("drill", model(user), "drill-start", invalid, values(form));
        }
    }

    @Post(value = "/end", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> end(Authentication user, @Body Map<String, String> form) {
        Csrf.check(user, form.get(Csrf.FIELD));
        try {
            var ended = ending.end(deskUser(user), form.get("entryId"), form.get("note"));
            return HttpResponse.seeOther(
                    URI.create("/drill/" + ended.report().drill().id()));
        } catch (Invalid invalid) {
            return pages.refused("drill", model(user), "drill-end", invalid, values(form));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> report(Authentication user, String id) {
        if (!id.matches("\\d{1,18}")) {
            return pages.notFound(user, "fire drill " + id);
        }
        return reports.report(Long.parseLong(id))
                .<HttpResponse<?>>map(r -> {
                    Map<String, Object> model = pages.model(user, "drill");
                    model.put("report", r);
                    return pages.ok("drill-report", model);
                })
                .orElseGet(() -> pages.notFound(user, "fire drill " + id));
    }

    private Map<String, Object> model(Authentication user) {
        Map<String, Object> model = pages.model(user, "drill");
        model.put("drills", reports.recent());
        return model;
    }

    private static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new HashMap<>(form);
        values.remove(Csrf.FIELD);
        return values;
    }

    private static DeskUser deskUser(Authentication user) {
        StaffRole role = user.getRoles().contains(StaffRole.ADMINISTRATOR)
                ? StaffRole.ADMIN
                : user.getRoles().contains(StaffRole.AUDITOR) ? StaffRole.NIGHT_AUDITOR : StaffRole.FRONT_DESK;
        return new DeskUser(
                user.getName(),
                String.valueOf(user.getAttributes().getOrDefault(DeskAuthentication.NAME_ATTRIBUTE, user.getName())),
                role,
                null);
    }
}
