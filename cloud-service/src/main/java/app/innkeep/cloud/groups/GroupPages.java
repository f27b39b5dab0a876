package app.innkeep.cloud.groups;

import app.innkeep.cloud.groups.GroupRequests.GroupHealthResponse;
import app.innkeep.cloud.groups.GroupRequests.GroupResponse;
import app.innkeep.cloud.groups.GroupRequests.PropertyHealth;
import app.innkeep.cloud.groups.GroupRequests.ReentryDayResponse;
import app.innkeep.cloud.pages.CloudPage;
import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.cloud.pairing.StandbyState;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.PropertyTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The group page: each property of a hotel group side by side, its standbys' health (in the property's own time) and,
 * after an outage, how far its re-entry has come, with a link to the property's downtime pack. For support staff
 * (every group, {@code /groups} lists them) and the group's admins; no guest data on the page itself. Signed in
 * through the support sign-in's cookie ({@code support.SupportPages}); the pages change nothing, so they need no CSRF token.
 */
@Controller("/groups")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class GroupPages {

    static final String SIGN_IN = "/support/login";

    /** Who may see what, decided in {@link #viewer}: sign in first, refused with a status, or let in. */
    sealed interface Viewer {
        record SignIn() implements Viewer {}

        record Refused(HttpStatus status, String who, String why) implements Viewer {}

        record Allowed(Caller caller) implements Viewer {}
    }

    private final GroupService groups;
    private final PrintingDowntimePack packs;
    private final Clock clock;

    public GroupPages(GroupService groups, PrintingDowntimePack packs, Clock clock) {
        this.groups = groups;
        this.packs = packs;
        this.clock = clock;
    }

    /**
     * Who is signed in and whether they may see this group ({@code groupCode} null: the list of groups): the one place
     * the pages' sign-in is read, so moving them onto another session means changing this method alone.
     */
    Viewer viewer(@Nullable Authentication auth, @Nullable String groupCode) {
        if (auth == null) {
            return new Viewer.SignIn();
        }
        Caller caller;
        try {
            caller = Caller.of(auth);
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
                    auth.getName(),
                    p.status() == 404
                            ? "There is no group " + groupCode + "."
                            : "This page is for support staff and" + " the group's admins.");
        }
        return new Viewer.Allowed(caller);
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<String> list(@Nullable Authentication auth) {
        return switch (viewer(auth, null)) {
            case Viewer.SignIn s -> signIn();
            case Viewer.Refused r -> refused(r);
            case Viewer.Allowed a -> {
                var own = groups.groupOf(a.caller());
                if (own.isPresent()) {
                    yield HttpResponse.seeOther(URI.create("/groups/" + own.get()));
                }
                yield page("Groups of properties", a.caller(), "/groups", groupList(groups.list(a.caller())));
            }
        };
    }

    @Get(value = "/{groupCode}", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> group(String groupCode, @Nullable Authentication auth) {
        return switch (viewer(auth, groupCode)) {
            case Viewer.SignIn s -> signIn();
            case Viewer.Refused r -> refused(r);
            case Viewer.Allowed a -> {
                GroupHealthResponse health = groups.health(a.caller(), groupCode);
                yield page(
                        health.name() + " (" + health.code() + ")",
                        a.caller(),
                        "/groups/" + health.code(),
                        properties(health, clock.instant()));
            }
        };
    }

    @Get(
            value = "/{groupCode}/properties/{code}/downtime-pack.pdf",
            produces = {MediaType.APPLICATION_PDF, MediaType.TEXT_HTML})
    public HttpResponse<?> downtimePack(String groupCode, String code, @Nullable Authentication auth) {
        return switch (viewer(auth, groupCode)) {
            case Viewer.SignIn s -> signIn();
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
                            auth.getName(),
                            "There is no property " + code + " in group " + groupCode + "."));
                }
            }
        };
    }

    private static HttpResponse<String> signIn() {
        return HttpResponse.seeOther(URI.create(SIGN_IN));
    }

    private static HttpResponse<String> refused(Viewer.Refused r) {
        return HttpResponse.<String>status(r.status())
                .body(CloudPage.render(
                        r.status() == HttpStatus.NOT_FOUND ? "Not found" : "Forbidden",
                        new CloudPage.Section("groups", List.of()),
                        "",
                        r.who(),
                        null,
                        "<p>" + CloudPage.esc(r.why()) + "</p>"))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    private HttpResponse<String> page(String title, Caller caller, String active, String body) {
        List<CloudPage.Link> links = new ArrayList<>();
        if (caller.is(StaffRole.SUPPORT)) {
            links.add(new CloudPage.Link("/support/sync-health", "Sync health"));
            links.add(new CloudPage.Link("/groups", "Groups"));
        } else {
            groups.groupOf(caller).ifPresent(g -> links.add(new CloudPage.Link("/groups/" + g, "Group " + g)));
        }
        return HttpResponse.ok(CloudPage.render(
                        title, new CloudPage.Section("groups", links), active, caller.username(), null, body))
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
        h.append("<table><tr><th>Standby</th><th>Last seen</th><th class=\"num\">Behind</th><th>State</th></tr>");
        for (DeviceResponse d : p.standbys()) {
            StandbyState state = StandbyState.of(d, now);
            h.append("<tr class=\"")
                    .append(state.rowClass())
                    .append("\"><td>")
                    .append(CloudPage.esc(d.name()))
                    .append(" (#")
                    .append(d.id())
                    .append(")</td><td>")
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
