package app.innkeep.standby.web;

import app.innkeep.standby.outage.FrontDesk;
import app.innkeep.standby.staff.StaffRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The front desk's pages. In normal mode they only read (arrivals, in-house, departures, rack, search, booking and
 * folio); in outage mode the same pages carry the forms. Every page shows "data as of".
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.DESK)
public class DeskPages {

    private final FrontDesk desk;
    private final Pages pages;
    private final DeskPageModels models;

    public DeskPages(FrontDesk desk, Pages pages, DeskPageModels models) {
        this.desk = desk;
        this.pages = pages;
        this.models = models;
    }

    @Get(value = "/", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> today(Authentication user, @Nullable @QueryValue String done) {
        Map<String, Object> model = pages.model(user, "today");
        model.put("today", desk.today());
        model.put("done", desk.journalEntry(done).orElse(null));
        return pages.ok("today", model);
    }

    @Get(value = "/search", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> search(Authentication user, @Nullable @QueryValue String q) {
        Map<String, Object> model = pages.model(user, "search");
        String query = q == null ? "" : q.strip();
        if (query.length() > 80) {
            query = query.substring(0, 80);
        }
        model.put("q", query);
        model.put("results", query.isEmpty() ? java.util.List.of() : desk.search(query));
        return pages.ok("search", model);
    }

    @Get(value = "/bookings/{confirmation}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> booking(Authentication user, String confirmation, @Nullable @QueryValue String done) {
        Map<String, Object> model = models.bookingModel(user, confirmation);
        if (model == null) {
            // A D-number whose booking was re-entered and signed off leads to the cloud booking it became.
            return desk.becameInCloud(confirmation)
                    .<HttpResponse<?>>map(cloud -> HttpResponse.seeOther(
                            URI.create("/bookings/" + URLEncoder.encode(cloud, StandardCharsets.UTF_8))))
                    .orElseGet(() -> pages.notFound(user, "booking " + confirmation));
        }
        model.put("done", desk.journalEntry(done).orElse(null));
        return pages.ok("booking", model);
    }

    @Get(value = "/walk-in", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> walkIn(Authentication user) {
        return pages.ok("walk-in", models.walkInModel(user));
    }

    @Get(value = "/reservation", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> reservation(Authentication user) {
        return pages.ok("reservation", models.reservationModel(user));
    }

    @Get(value = "/rooms", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> rooms(Authentication user, @Nullable @QueryValue String done) {
        return pages.ok("rooms", models.roomsModel(user, done));
    }

    @Get(value = "/balances", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> balances(Authentication user) {
        Map<String, Object> model = pages.model(user, "balances");
        model.put("balances", desk.balances());
        return pages.ok("balances", model);
    }

    @Get(value = "/outage", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> outage(Authentication user, @Nullable @QueryValue String done) {
        return pages.ok("outage", models.outageModel(user, done));
    }
}
