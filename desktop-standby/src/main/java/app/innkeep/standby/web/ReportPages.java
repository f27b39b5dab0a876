package app.innkeep.standby.web;

import app.innkeep.standby.drill.Drills;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.reporting.LetterTemplates;
import app.innkeep.standby.reporting.StandbyReports;
import app.innkeep.standby.reporting.StandbyReports.Kind;
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
import io.micronaut.security.authentication.AuthorizationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;

/**
 * The reports page (outage window, downloads) and the reports themselves as PDF or CSV. The same addresses serve the
 * CLI with the operator token. The downtime pack is for everyone at the desk; the rest for night auditors and admins.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.DESK)
public class ReportPages {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The window's ends as the form shows them: ISO date and time, whatever the browser's language. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StandbyReports reports;
    private final LetterTemplates letters;
    private final Pages pages;
    private final Drills drills;

    public ReportPages(StandbyReports reports, LetterTemplates letters, Pages pages, Drills drills) {
        this.reports = reports;
        this.letters = letters;
        this.pages = pages;
        this.drills = drills;
    }

    @Get(value = "/reports", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(
            Authentication user, @Nullable @QueryValue String from, @Nullable @QueryValue String until) {
        Map<String, Object> model = pages.model(user, "reports");
        model.put("kinds", Arrays.asList(Kind.values()));
        var detected = reports.detectedWindow();
        model.put("detected", detected.orElse(null));
        try {
            var window = reports.window(from, until);
            ZoneId zone = ((DeskFormat) model.get("fmt")).zone();
            model.put("window", window);
            model.put("fromValue", SHOWN.format(window.from().atZone(zone)));
            model.put("untilValue", SHOWN.format(window.until().atZone(zone)));
            model.put(
                    "query",
                    "?from=" + LOCAL.format(window.from().atZone(zone)) + "&until="
                            + LOCAL.format(window.until().atZone(zone)));
        } catch (Invalid invalid) {
            model.put("window", null);
            model.put("fromValue", from == null ? "" : from);
            model.put("untilValue", until == null ? "" : until);
            model.put("query", "");
            if (from != null || until != null) {
                model.put("errors", Map.of(invalid.field(), invalid.getMessage()));
                model.put("failedForm", "window");
            }
        }
        return pages.ok("reports", model);
    }

    /** {@code file} is the report's name and format, e.g. {@code financials.csv}. */
    @Get(
            value = "/reports/{file}",
            produces = {"application/pdf", "text/csv", MediaType.TEXT_HTML})
    public HttpResponse<?> report(
            Authentication user, String file, @Nullable @QueryValue String from, @Nullable @QueryValue String until) {
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "pdf" : file.substring(dot + 1);
        Kind kind = Kind.bySlug(name).orElse(null);
        if (kind == null) {
            return pages.notFound(user, "report " + name).contentType(MediaType.TEXT_HTML_TYPE);
        }
        if (!kind.forDesk && !user.getRoles().contains(StaffRole.AUDITOR)) {
            throw new AuthorizationException(user);
        }
        var rendered = reports.render(kind, format, kind.windowed ? reports.window(from, until) : null);
        drills.printed(user.getName(), rendered.fileName());
        return HttpResponse.ok(rendered.bytes())
                .contentType(rendered.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + rendered.fileName() + "\"");
    }

    /**
     * The letters the desk prints, read-only: they are kept in the cloud and come with the sync (ADR 0018); the page
     * names the cloud's endpoint where the property admin changes them.
     */
    @Get(value = "/letters", produces = MediaType.TEXT_HTML)
    @Secured(StaffRole.ADMINISTRATOR)
    public HttpResponse<?> letters(Authentication user) {
        Map<String, Object> model = pages.model(user, "letters");
        model.put("letters", letters.all());
        model.put("placeholders", LetterTemplates.PLACEHOLDERS);
        model.put("done", null);
        return pages.ok("letters", model);
    }
}
