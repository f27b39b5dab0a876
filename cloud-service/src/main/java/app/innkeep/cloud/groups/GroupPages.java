package app.innkeep.cloud.groups;

import app.innkeep.cloud.groups.GroupRequests.GroupHealthResponse;
import app.innkeep.cloud.groups.GroupRequests.GroupResponse;
import app.innkeep.cloud.groups.GroupRequests.PropertyHealth;
import app.innkeep.cloud.groups.GroupRequests.ReentryDayResponse;
import app.innkeep.cloud.pages.CloudPage;
import app.innkeep.cloud.pages.StandbyHealth;
import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.cloud.pairing.StandbyState;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.session.PageGate;
import app.innkeep.cloud.session.SignedIn;
import app.innkeep.model.PropertyTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The group page: each property of a hotel group side by side, its standbys' health (in the property's own time) and,
 * after an outage, how far its re-entry has come, with a link to the property's downtime pack. For support staff
 * (every group, {@code /groups} lists them) and the group's admins; no guest data on the page itself. Signed in
 * through the cloud pages' session ({@link PageGate}); the pages change nothing, so they carry no form.
 */
@Controller("/groups")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class GroupPages {

    /** Who may see what, decided in {@link #viewer}: refused with a status, or let in. */
    sealed interface Viewer {
        record Refused(HttpStatus status, SignedIn who, String why) implements Viewer {}

        record Allowed(SignedIn visitor) implements Viewer {
            Caller caller() {
                return visitor.caller();
            }
        }
    }

    private final PageGate gate;
    private final GroupService groups;
    private final PrintingDowntimePack packs;
    private final Clock clock;

    public GroupPages(PageGate gate, GroupService groups, PrintingDowntimePack packs, Clock clock) {
        this.gate = gate;
        this.groups = groups;
        this.packs = packs;
        this.clock = clock;
    }

    /**
     * Who is signed in and whether they may see this group ({@code groupCode} null: the list of groups): the one place
     * the pages' sign-in is read. Anyone not signed in is sent to the login page and back here afterwards.
     */
    Viewer viewer(HttpRequest<?> request, @Nullable String groupCode) {
        SignedIn visitor = gate.require(request);
        Caller caller = visitor.caller();
        try {
            if (groupCode == null) {
                if (!caller.is(StaffRole.SUPPORT) && !caller.is(StaffRole.GROUP_ADMIN)) {
                    throw Problem.forbidden("groups are for support staff and group admins");
                }
            } else {
                groups.readable(caller, groupCode);
            }
        } catch (Problem p) {
            return new Viewer.Refused(
                    HttpStatus.valueOf(p.status()),
                    visitor,
                    p.status() == 404
                            ? "There is no group " + groupCode + "."
                            : "This page is for support staff and" + " the group's admins.");
        }
        return new Viewer.Allowed(visitor);
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<String> list(HttpRequest<?> request) {
        return switch (viewer(request, null)) {
            case Viewer.Refused r -> refused(r);
            case Viewer.Allowed a -> {
                var own = groups.groupOf(a.caller());
                if (own.isPresent()) {
                    yield HttpResponse.seeOther(URI.create("/groups/" + own.get()));
                }
                yield page("Groups of properties", a.visitor(), "/groups", groupList(groups.list(a.caller())));
            }
        };
    }

    @Get(value = "/{groupCode}", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> group(HttpRequest<?> request, String groupCode) {
        return switch (viewer(request, groupCode)) {
            case Viewer.Refused r -> refused(r);
            case Viewer.Allowed a -> {
                GroupHealthResponse health = groups.health(a.caller(), groupCode);
                yield page(
                        health.name() + " (" + health.code() + ")",
                        a.visitor(),
                        "/groups/" + health.code(),
                        properties(health, clock.instant()));
            }
        };
    }

    @Get(
            value = "/{groupCode}/properties/{code}/downtime-pack.pdf",
            produces = {MediaType.APPLICATION_PDF, MediaType.TEXT_HTML})
    public HttpResponse<?> downtimePack(HttpRequest<?> request, String groupCode, String code) {
        return switch (viewer(request, groupCode)) {
            case Viewer.Refused r -> refused(r);
            case Viewer.Allowed a -> {
                try {
                    var printed = packs.print(a.caller(), groupCode, code);
                    yield HttpResponse.ok(printed.pdf())
                            .contentType(MediaType.APPLICATION_PDF_TYPE)
                            .header("Content-Disposition", "inline; filename=\"" + printed.fileName() + "\"");
                } catch (Problem p) {
                    yield refused(new Viewer.Refused(
                            HttpStatus.valueOf(p.status()),
                            a.visitor(),
                            "There is no property " + code + " in group " + groupCode + "."));
                }
            }
        };
    }

    private static HttpResponse<String> refused(Viewer.Refused r) {
        return HttpResponse.<String>status(r.status())
                .body(CloudPage.page(
                        r.status() == HttpStatus.NOT_FOUND ? "Not found" : "Forbidden",
                        new CloudPage.Section("groups", List.of()),
                        "",
                        r.who().visitor(),
                        null,
                        "<p>" + CloudPage.esc(r.why()) + "</p>"))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    private HttpResponse<String> page(String title, SignedIn visitor, String active, String body) {
        Caller caller = visitor.caller();
        List<CloudPage.Link> links = new ArrayList<>();
        if (caller.is(StaffRole.SUPPORT)) {
            links.add(new CloudPage.Link("/support/properties", "Properties"));
            links.add(new CloudPage.Link("/groups", "Groups"));
        } else {
            groups.groupOf(caller).ifPresent(g -> links.add(new CloudPage.Link("/groups/" + g, "Group " + g)));
        }
        return HttpResponse.ok(CloudPage.page(
                        title, new CloudPage.Section("groups", links), active, visitor.visitor(), null, body))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static String groupList(List<GroupResponse> all) {
        if (all.isEmpty()) {
            return "<p class=\"empty\">No group yet. Support staff make one with POST /api/v1/groups.</p>";
        }
        StringBuilder h = new StringBuilder("<table><tr><th>Group</th><th>Name</th><th>Properties</th></tr>");
        for (GroupResponse g : all) {
            h.append("<tr><td><a href=\"/groups/")
                    .append(CloudPage.esc(g.code()))
                    .append("\">")
                    .append(CloudPage.esc(g.code()))
                    .append("</a></td><td>")
                    .append(CloudPage.esc(g.name()))
                    .append("</td><td>")
                    .append(CloudPage.esc(String.join(", ", g.properties())))
                    .append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    private static String properties(GroupHealthResponse health, Instant now) {
        if (health.properties().isEmpty()) {
            return "<p class=\"empty\">This group holds no property yet.</p>";
        }
        StringBuilder h = new StringBuilder(
                "<p class=\"hint\">Times are each property's local time with its zone, and UTC below it.</p>"
                        + "<div class=\"side-by-side\">");
        for (PropertyHealth p : health.properties()) {
            PropertyTime clock = PropertyTime.of(p.timeZone());
            h.append("<section class=\"property\" aria-labelledby=\"property-")
                    .append(CloudPage.esc(p.code()))
                    .append("\"><h2 id=\"property-")
                    .append(CloudPage.esc(p.code()))
                    .append("\">")
                    .append(CloudPage.esc(p.code()))
                    .append(" · ")
                    .append(CloudPage.esc(p.name()))
                    .append("</h2><p>Business date ")
                    .append(p.businessDate())
                    .append(" · backup flag ")
                    .append(p.backupEnabled() ? "on" : "off")
                    .append("</p>");
            standbys(h, p, clock, now);
            reentry(h, p, clock);
            h.append("<p><a href=\"/groups/")
                    .append(CloudPage.esc(health.code()))
                    .append("/properties/")
                    .append(CloudPage.esc(p.code()))
                    .append("/downtime-pack.pdf\">Downtime pack of ")
                    .append(CloudPage.esc(p.code()))
                    .append(" (PDF, business date ")
                    .append(p.businessDate())
                    .append(")</a></p></section>");
        }
        return h.append("</div>").toString();
    }

    private static void standbys(StringBuilder h, PropertyHealth p, PropertyTime clock, Instant now) {
        h.append("<h3>Standbys</h3>");
        if (p.standbys().isEmpty()) {
            h.append("<p class=\"empty\">Never paired: no standby has been paired with ")
                    .append(CloudPage.esc(p.code()))
                    .append(".</p>");
            return;
        }
        h.append(
                "<table><tr><th>Standby</th><th>Version</th><th>Last seen</th><th class=\"num\">Behind</th><th>State</th></tr>");
        for (DeviceResponse d : p.standbys()) {
            StandbyState state = StandbyState.of(d, now);
            h.append("<tr class=\"")
                    .append(state.rowClass())
                    .append("\"><td>")
                    .append(CloudPage.esc(d.name()))
                    .append(" (#")
                    .append(d.id())
                    .append(")</td><td>")
                    .append(CloudPage.esc(StandbyHealth.version(d)))
                    .append("</td><td>")
                    .append(CloudPage.when(clock, d.lastSeenAt()))
                    .append("</td><td class=\"num\">")
                    .append(d.lagEvents())
                    .append(" events")
                    .append(d.lagMinutes() == null ? "" : ", " + d.lagMinutes() + " min")
                    .append("</td><td>")
                    .append(CloudPage.esc(state.words(d)))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void reentry(StringBuilder h, PropertyHealth p, PropertyTime clock) {
        h.append("<h3>Re-entry after an outage</h3>");
        if (p.reentry().isEmpty()) {
            h.append("<p class=\"empty\">Nothing re-entered: no outage work has reached the cloud.</p>");
            return;
        }
        h.append("<table><tr><th>Business day</th><th class=\"num\">Entries received</th><th>Last received</th>"
                + "<th>Day closed</th></tr>");
        for (ReentryDayResponse d : p.reentry()) {
            h.append("<tr><td>")
                    .append(d.businessDate())
                    .append("</td><td class=\"num\">")
                    .append(d.entries())
                    .append("</td><td>")
                    .append(CloudPage.when(clock, d.lastReceivedAt()))
                    .append("</td><td>")
                    .append(
                            d.closedBy() == null
                                    ? "open"
                                    : ("STANDBY".equals(d.closedBy()) ? "by the standby" : "by the cloud") + " "
                                            + CloudPage.when(clock, d.closedAt()))
                    .append("</td></tr>");
        }
        h.append("</table><p class=\"hint\">The night auditor's sign-off is kept on the standby; the cloud has no"
                + " record of it.</p>");
    }
}
