package app.innkeep.cloud.support;

import app.innkeep.cloud.pages.CloudPage;
import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.cloud.pairing.PairingService;
import app.innkeep.cloud.pairing.StandbyState;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffLogin;
import app.innkeep.model.PropertyTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The support staff's sync-health page: every property's standbys with last seen, position and lag, readable in a
 * browser, in the cloud's page layout ({@link CloudPage}), each time in the property's own zone beside UTC. Login sets
 * the same signed token the API uses, as an HttpOnly, SameSite=Strict cookie read on /support and /groups only; it
 * admits support staff and group admins (who land on their group's page, {@code groups.GroupPages}). The pages change
 * nothing, so they need no CSRF token.
 */
@Controller("/support")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SupportPages {

    /** The sign-in cookie, read by {@link SupportCookieReader} on the support and group pages. */
    static final String COOKIE = "JWT";

    /** Support's part of the cloud's pages; more support pages add their links here. */
    static final CloudPage.Section SUPPORT = new CloudPage.Section(
            "support",
            List.of(
                    new CloudPage.Link("/support/sync-health", "Sync health"),
                    new CloudPage.Link("/groups", "Groups")));

    @Serdeable
    public record LoginForm(
            @Nullable String username, @Nullable String password) {}

    private final StaffLogin login;
    private final TokenGenerator tokens;
    private final PairingService pairing;

    public SupportPages(StaffLogin login, TokenGenerator tokens, PairingService pairing) {
        this.login = login;
        this.tokens = tokens;
        this.pairing = pairing;
    }

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    public String loginPage() {
        return loginHtml(null);
    }

    @Post(value = "/login", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> signIn(HttpRequest<?> request, @Body LoginForm form) {
        if (form.username() == null
                || form.password() == null
                || form.username().isBlank()) {
            return HttpResponse.ok(loginHtml("Enter your username and password."))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        @SuppressWarnings("unchecked")
        var answer = login.authenticate(
                (HttpRequest<Object>) request, new UsernamePasswordCredentials(form.username(), form.password()));
        if (!answer.isAuthenticated() || answer.getAuthentication().isEmpty()) {
            return HttpResponse.ok(loginHtml("Wrong username or password (or the account is locked)."))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        Authentication auth = answer.getAuthentication().get();
        boolean support = auth.getRoles().contains(StaffRole.SUPPORT.name());
        boolean groupAdmin = auth.getRoles().contains(StaffRole.GROUP_ADMIN.name());
        if (!support && !groupAdmin) {
            return HttpResponse.ok(loginHtml("This sign-in is for support staff and group admins only."))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        String token = tokens.generateToken(auth, (int) Duration.ofHours(8).toSeconds())
                .orElseThrow(() -> new IllegalStateException("no token generator configured"));
        Cookie cookie = Cookie.of(COOKIE, token)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                // Both the support pages and the group pages read it (SupportCookieReader takes it on those paths only,
                // so the API still answers bearer tokens alone).
                .path("/")
                .maxAge(Duration.ofHours(8));
        // A group admin lands on its group's page (/groups sends it there).
        return HttpResponse.<String>seeOther(URI.create(support ? "/support/sync-health" : "/groups"))
                .cookie(cookie);
    }

    @Get(value = "/sync-health", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> syncHealth(@Nullable Authentication auth) {
        if (auth == null) {
            return HttpResponse.<String>seeOther(URI.create("/support/login"));
        }
        Caller caller = Caller.of(auth);
        if (!caller.is(StaffRole.SUPPORT)) {
            return HttpResponse.<String>status(io.micronaut.http.HttpStatus.FORBIDDEN)
                    .body(CloudPage.render(
                            "Forbidden",
                            SUPPORT,
                            "",
                            auth.getName(),
                            null,
                            "<p>This page is for support staff only.</p>"))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        List<DeviceResponse> devices = pairing.allDevices(caller);
        Instant now = Instant.now();
        long late = devices.stream()
                .filter(d -> StandbyState.of(d, now) == StandbyState.LATE)
                .count();
        String banner = late == 0
                ? null
                : late + (late == 1 ? " standby has" : " standbys have") + " not been seen for over 75 minutes.";
        return HttpResponse.ok(CloudPage.render(
                        "Standby sync health",
                        SUPPORT,
                        "/support/sync-health",
                        auth.getName(),
                        banner,
                        devices(devices, now)))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static String devices(List<DeviceResponse> devices, Instant now) {
        if (devices.isEmpty()) {
            return "<p class=\"empty\">No standby has been paired yet. A property admin makes a pairing code once support"
                    + " staff have turned on the property's backup flag.</p>";
        }
        StringBuilder h = new StringBuilder(
                "<p class=\"hint\">Times are each property's local time with its zone, and UTC below it.</p>"
                        + "<table><tr><th>Property</th><th>Backup flag</th><th>Standby</th><th>Paired</th>"
                        + "<th>Last seen</th><th>Position</th><th>Behind</th><th>State</th></tr>");
        for (DeviceResponse d : devices) {
            // The property's own clock: support staff in another zone read its local time, with the zone, beside UTC.
            PropertyTime clock = PropertyTime.of(d.timeZone());
            StandbyState state = StandbyState.of(d, now);
            h.append("<tr class=\"")
                    .append(state.rowClass())
                    .append("\"><td>")
                    .append(CloudPage.esc(d.property()))
                    .append("</td><td>")
                    .append(d.backupEnabled() ? "on" : "off")
                    .append("</td><td>")
                    .append(CloudPage.esc(d.name()))
                    .append(" (#")
                    .append(d.id())
                    .append(")</td><td>")
                    .append(CloudPage.when(clock, d.pairedAt()))
                    .append("</td><td>")
                    .append(CloudPage.when(clock, d.lastSeenAt()))
                    .append(d.lagMinutes() == null ? "" : " (" + d.lagMinutes() + " min ago)")
                    .append("</td><td class=\"num\">")
                    .append(d.lastSequence())
                    .append(" of ")
                    .append(d.headSequence())
                    .append("</td><td class=\"num\">")
                    .append(d.lagEvents())
                    .append(" events</td><td>")
                    .append(CloudPage.esc(state.words(d)))
                    .append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    private static String loginHtml(String error) {
        return CloudPage.render(
                "Support sign-in",
                SUPPORT,
                "",
                null,
                null,
                (error == null ? "" : "<p class=\"error\" role=\"alert\">" + CloudPage.esc(error) + "</p>")
                        + "<form class=\"card\" method=\"post\" action=\"/support/login\">"
                        + "<label>Username <input name=\"username\" autocomplete=\"username\"></label>"
                        + "<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\"></label>"
                        + "<button type=\"submit\">Sign in</button></form>");
    }
}
