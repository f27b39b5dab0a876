package app.innkeep.standby.web;

import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/** The desk's data as JSON, for the CLI and for checks from outside: a booking with its folio, the outage journal. */
@Controller("/api/desk")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.AUDITOR)
public class DeskApi {

    private final FrontDesk desk;

    public DeskApi(FrontDesk desk) {
        this.desk = desk;
    }

    /** A booking by its number; a D-number whose booking was signed off answers with the cloud booking it became. */
    @Get("/bookings/{confirmation}")
    public HttpResponse<?> booking(String confirmation) {
        return desk.booking(confirmation)
                .or(() -> desk.becameInCloud(confirmation).flatMap(desk::booking))
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> HttpResponse.notFound(new ProblemBody(
                                "Not found",
                                404,
                                "there is no booking " + confirmation + " on this standby",
                                "confirmation"))
                        .contentType(MediaType.of("application/problem+json")));
    }

    /** The open outage, or the last one, with its journal in the order taken. */
    @Get("/outage")
    public HttpResponse<?> outage() {
        return desk.outage()
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> HttpResponse.notFound(
                                new ProblemBody("Not found", 404, "there has been no outage yet", null))
                        .contentType(MediaType.of("application/problem+json")));
    }
}
