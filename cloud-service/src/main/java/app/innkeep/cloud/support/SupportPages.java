package app.innkeep.cloud.support;

import app.innkeep.cloud.audit.AuditEntryResponse;
import app.innkeep.cloud.audit.AuditService;
import app.innkeep.cloud.pages.CloudPage;
import app.innkeep.cloud.pages.StandbyHealth;
import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.cloud.pairing.PairingService;
import app.innkeep.cloud.portfolio.PropertyResponse;
import app.innkeep.cloud.portfolio.PropertyService;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.session.PageGate;
import app.innkeep.cloud.session.PageRefusal;
import app.innkeep.cloud.session.SignedIn;
import app.innkeep.model.PropertyTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Support staff's pages: every property with its standbys' health, filtered by what needs a look, and one property's
 * backup flag and standbys, each change with a reason. No guest data appears on them. Who is signed in and whether a
 * form is genuine is {@link PageGate}'s; the changes are the same services the API calls.
 */
@Controller("/support")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class SupportPages {

    /** Support's part of the cloud's pages; more support pages add their links here. */
    static final CloudPage.Section SUPPORT = new CloudPage.Section(
            "support",
            List.of(new CloudPage.Link("/support/properties", "Properties"), new CloudPage.Link("/groups", "Groups")));

    private static final Set<StaffRole> SUPPORT_ONLY = Set.of(StaffRole.SUPPORT);

    @Serdeable
    public record BackupForm(
            @Nullable String csrfToken,
            @Nullable String enabled,
            @Nullable String reason) {}

    @Serdeable
    public record RevokeForm(
            @Nullable String csrfToken, @Nullable String reason) {}

    private final PageGate gate;
    private final PropertyService properties;
    private final PairingService pairing;
    private final AuditService audit;
    private final Clock clock;

    public SupportPages(
            PageGate gate, PropertyService properties, PairingService pairing, AuditService audit, Clock clock) {
        this.gate = gate;
        this.properties = properties;
        this.pairing = pairing;
        this.audit = audit;
        this.clock = clock;
    }

    /** The old read-only page's address: its table is now the property list. */
    @Get("/sync-health")
    public HttpResponse<String> syncHealth() {
        return HttpResponse.<String>seeOther(URI.create("/support/properties"));
    }

    @Get(value = "/properties", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> properties(
            HttpRequest<?> request,
            @Nullable @QueryValue String behind,
            @Nullable @QueryValue String neverPaired,
            @Nullable @QueryValue String flagOff) {
        SignedIn visitor = gate.require(request);
        List<PropertyResponse> all = properties.all(visitor.caller());
        Map<String, List<DeviceResponse>> byProperty =
                pairing.allDevices(visitor.caller()).stream().collect(Collectors.groupingBy(DeviceResponse::property));
        Instant now = clock.instant();
        List<String> filters = new ArrayList<>();
        if (behind != null) {
            filters.add("a standby behind more than an hour");
        }
        if (neverPaired != null) {
            filters.add("never paired");
        }
        if (flagOff != null) {
            filters.add("backup flag off");
        }
        List<PropertyResponse> shown = all.stream()
                .filter(p -> behind == null
                        || byProperty.getOrDefault(p.code(), List.of()).stream()
                                .anyMatch(d -> StandbyHealth.behindOverAnHour(d, now)))
                .filter(p -> neverPaired == null || !byProperty.containsKey(p.code()))
                .filter(p -> flagOff == null || !p.backupEnabled())
                .toList();

        StringBuilder h = new StringBuilder();
        h.append("<form method=\"get\" action=\"/support/properties\"><fieldset><legend>Show only properties")
                .append(" with</legend>")
                .append(checkbox("behind", "a standby behind more than an hour", behind != null))
                .append(checkbox("neverPaired", "no standby ever paired", neverPaired != null))
                .append(checkbox("flagOff", "the backup flag off", flagOff != null))
                .append("<button type=\"submit\">Show</button> <a href=\"/support/properties\">Show all</a>")
                .append("</fieldset></form>");
        if (shown.isEmpty()) {
            h.append("<p class=\"empty\">")
                    .append(
                            all.isEmpty()
                                    ? "No property has been opened yet."
                                    : "No property matches (" + CloudPage.esc(String.join(", ", filters))
                                            + "): nothing needs"
                                            + " a look there. <a href=\"/support/properties\">Show all " + all.size()
                                            + " properties</a>.")
                    .append("</p>");
        } else {
            h.append("<p class=\"hint\">")
                    .append(shown.size())
                    .append(" of ")
                    .append(all.size())
                    .append(" properties. Times are each property's local time, with UTC below.</p>")
                    .append("<table><tr><th>Property</th><th>Backup flag</th>")
                    .append(StandbyHealth.HEADINGS)
                    .append("</tr>");
            for (PropertyResponse p : shown) {
                List<DeviceResponse> devices = byProperty.getOrDefault(p.code(), List.of());
                String first = "<td><a href=\"/support/properties/" + CloudPage.esc(p.code()) + "\">"
                        + CloudPage.esc(p.code()) + "</a> " + CloudPage.esc(p.name()) + "</td><td>"
                        + (p.backupEnabled() ? "on" : "off") + "</td>";
                if (devices.isEmpty()) {
                    h.append("<tr>")
                            .append(first)
                            .append("<td colspan=\"")
                            .append(StandbyHealth.COLUMNS)
                            .append("\" class=\"empty\">never paired</td></tr>");
                }
                for (DeviceResponse d : devices) {
                    h.append("<tr class=\"")
                            .append(StandbyHealth.rowClass(d, now))
                            .append("\">")
                            .append(first)
                            .append(StandbyHealth.cells(d, now))
                            .append("</tr>");
                }
            }
            h.append("</table>");
        }
        long late = byProperty.values().stream()
                .flatMap(List::stream)
                .filter(d -> d.revokedAt() == null && d.backupEnabled() && StandbyHealth.behindOverAnHour(d, now))
                .count();
        String banner = late == 0
                ? null
                : late + (late == 1 ? " standby is" : " standbys are") + " behind by more than an hour.";
        return html(
                HttpStatus.OK, "Properties and their standbys", visitor, "/support/properties", banner, h.toString());
    }

    @Get(value = "/properties/{code}", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> property(HttpRequest<?> request, String code, @Nullable @QueryValue String done) {
        SignedIn visitor = gate.require(request);
        return propertyPage(visitor, code, done == null ? null : DONE.get(done), null, HttpStatus.OK);
    }

    @Post(value = "/properties/{code}/backup", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> setBackup(HttpRequest<?> request, String code, @Nullable @Body BackupForm form) {
        SignedIn visitor = gate.requireForm(request, form == null ? null : form.csrfToken());
        properties.get(visitor.caller(), code, SUPPORT_ONLY);
        if (!"on".equals(form.enabled()) && !"off".equals(form.enabled())) {
            return propertyPage(
                    visitor, code, null, "Choose whether the backup flag is to be on or off.", HttpStatus.BAD_REQUEST);
        }
        if (form.reason() == null || form.reason().isBlank()) {
            return propertyPage(
                    visitor,
                    code,
                    null,
                    "Give a reason for turning the backup flag " + form.enabled() + ".",
                    HttpStatus.BAD_REQUEST);
        }
        boolean on = "on".equals(form.enabled());
        var change =
                properties.setBackup(visitor.caller(), code, on, form.reason().strip());
        String done = !change.changed() ? "unchanged" : on ? "backup-on" : "backup-off";
        return HttpResponse.<String>seeOther(URI.create("/support/properties/" + code + "?done=" + done));
    }

    @Post(value = "/properties/{code}/devices/{id}/revoke", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> revoke(HttpRequest<?> request, String code, long id, @Nullable @Body RevokeForm form) {
        SignedIn visitor = gate.requireForm(request, form == null ? null : form.csrfToken());
        boolean ofThisProperty =
                pairing.standbysOf(visitor.caller(), code).stream().anyMatch(d -> d.id() == id);
        if (!ofThisProperty) {
            throw Problem.notFound("standby", "#" + id + " of " + code);
        }
        if (form.reason() == null || form.reason().isBlank()) {
            return propertyPage(
                    visitor, code, null, "Give a reason for revoking standby #" + id + ".", HttpStatus.BAD_REQUEST);
        }
        pairing.revokeAsSupport(visitor.caller(), id, form.reason().strip());
        return HttpResponse.<String>seeOther(URI.create("/support/properties/" + code + "?done=revoked"));
    }

    /** A refusal of the services (another property, a role that may not, bad input) as a readable page. */
    @Error(exception = Problem.class)
    public HttpResponse<String> refused(HttpRequest<?> request, Problem problem) {
        return PageRefusal.answer(problem);
    }

    private static final Map<String, String> DONE = Map.of(
            "backup-on", "The backup flag is on: the property's admin can now pair a standby.",
            "backup-off", "The backup flag is off: every standby of the property is refused until it is on again.",
            "unchanged", "The backup flag was already so: nothing changed, and nothing was added to the audit trail.",
            "revoked", "The standby is revoked: its next sync is refused with your reason.");

    private HttpResponse<String> propertyPage(
            SignedIn visitor, String code, String done, String error, HttpStatus status) {
        PropertyResponse p = properties.get(visitor.caller(), code, SUPPORT_ONLY);
        List<DeviceResponse> devices = pairing.standbysOf(visitor.caller(), code);
        List<AuditEntryResponse> history = audit.backupFlagHistory(visitor.caller(), code, 10);
        Instant now = clock.instant();
        PropertyTime clockThere = PropertyTime.of(p.timeZone());
        StringBuilder h = new StringBuilder();
        if (done != null) {
            h.append("<p class=\"done\" role=\"status\">")
                    .append(CloudPage.esc(done))
                    .append("</p>");
        }
        if (error != null) {
            h.append("<p class=\"error\" role=\"alert\">")
                    .append(CloudPage.esc(error))
                    .append("</p>");
        }
        boolean on = p.backupEnabled();
        h.append("<p>")
                .append(CloudPage.esc(p.name()))
                .append(", ")
                .append(CloudPage.esc(p.timeZone()))
                .append(". Backup flag: <strong>")
                .append(on ? "on" : "off")
                .append("</strong>.</p>")
                .append("<form class=\"card\" method=\"post\" action=\"/support/properties/")
                .append(CloudPage.esc(p.code()))
                .append("/backup\"><h2>Turn the backup flag ")
                .append(on ? "off" : "on")
                .append("</h2>")
                .append(visitor.csrfField())
                .append("<input type=\"hidden\" name=\"enabled\" value=\"")
                .append(on ? "off" : "on")
                .append("\"><label>Reason <input name=\"reason\" maxlength=\"200\" required></label>")
                .append("<p class=\"hint\">")
                .append(
                        on
                                ? "Off cuts every standby of the property at once: pairing and sync are refused."
                                : "On lets the property's admin pair a standby and the standby download the property.")
                .append(" Kept in the audit trail with your name.</p><button type=\"submit\">Turn backup ")
                .append(on ? "off" : "on")
                .append("</button></form>");
        h.append("<h2>Standbys</h2>");
        if (devices.isEmpty()) {
            h.append("<p class=\"empty\">No standby has been paired with ")
                    .append(CloudPage.esc(p.code()))
                    .append(
                            on
                                    ? " yet. Its admin makes a pairing code on the property's Desktop standby page."
                                    : " yet; turn the backup flag on first, then its admin makes a pairing code.")
                    .append("</p>");
        } else {
            h.append("<table><tr>").append(StandbyHealth.HEADINGS).append("<th>Revoke</th></tr>");
            for (DeviceResponse d : devices) {
                h.append("<tr class=\"")
                        .append(StandbyHealth.rowClass(d, now))
                        .append("\">")
                        .append(StandbyHealth.cells(d, now))
                        .append("<td>");
                if (d.revokedAt() == null) {
                    h.append(StandbyHealth.revokeForm(
                            "/support/properties/" + p.code() + "/devices/" + d.id() + "/revoke",
                            d,
                            visitor.csrfField()));
                } else {
                    h.append("—");
                }
                h.append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<h2>Backup flag history</h2>");
        if (history.isEmpty()) {
            h.append("<p class=\"empty\">The backup flag has not been changed since the property was opened.</p>");
        } else {
            h.append("<table><tr><th>When</th><th>Change</th><th>By</th><th>Reason</th></tr>");
            for (AuditEntryResponse e : history) {
                h.append("<tr><td>")
                        .append(CloudPage.when(clockThere, e.at()))
                        .append("</td><td>")
                        .append(e.action().equals("backup.enabled") ? "turned on" : "turned off")
                        .append("</td><td>")
                        .append(CloudPage.esc(e.actor()))
                        .append("</td><td>")
                        .append(e.reason() == null ? "(none given, through the API)" : CloudPage.esc(e.reason()))
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<p><a href=\"/admin/")
                .append(CloudPage.esc(p.code()))
                .append("/standby\">The property's Desktop standby page</a> (as its admin sees it) · ")
                .append("<a href=\"/support/properties\">All properties</a></p>");
        return html(status, p.code() + " · backup and standbys", visitor, "/support/properties", null, h.toString());
    }

    private static String checkbox(String name, String label, boolean checked) {
        return "<label><input type=\"checkbox\" name=\"" + name + "\" value=\"on\"" + (checked ? " checked" : "") + "> "
                + CloudPage.esc(label) + "</label>";
    }

    private static HttpResponse<String> html(
            HttpStatus status, String title, SignedIn visitor, String active, String banner, String body) {
        if (!visitor.is(StaffRole.SUPPORT)) {
            throw PageRefusal.forbidden("These pages are for support staff only.");
        }
        return HttpResponse.<String>status(status)
                .body(CloudPage.page(title, SUPPORT, active, visitor.visitor(), banner, body))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }
}
