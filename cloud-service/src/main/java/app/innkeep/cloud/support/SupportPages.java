package app.innkeep.cloud.support;

import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.cloud.pairing.PairingService;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffLogin;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The support staff's sync-health page: every property's standbys with last seen, position and lag, readable in a
 * browser. Login sets the same signed token the API uses, as an HttpOnly, SameSite=Strict cookie for /support only;
 * the page changes nothing, so it needs no CSRF token.
 */
@Controller("/support")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SupportPages {

    static final String COOKIE = "JWT";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

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
        if (!auth.getRoles().contains(StaffRole.SUPPORT.name())) {
            return HttpResponse.ok(loginHtml("This page is for support staff only."))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        String token = tokens.generateToken(auth, (int) Duration.ofHours(8).toSeconds())
                .orElseThrow(() -> new IllegalStateException("no token generator configured"));
        Cookie cookie = Cookie.of(COOKIE, token)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .path("/support")
                .maxAge(Duration.ofHours(8));
        return HttpResponse.<String>seeOther(URI.create("/support/sync-health")).cookie(cookie);
    }

    @Get(value = "/sync-health", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> syncHealth(@Nullable Authentication auth) {
        if (auth == null) {
            return HttpResponse.<String>seeOther(URI.create("/support/login"));
        }
        Caller caller = Caller.of(auth);
        if (!caller.is(StaffRole.SUPPORT)) {
            return HttpResponse.<String>status(io.micronaut.http.HttpStatus.FORBIDDEN)
                    .body(page("Forbidden", "<p>This page is for support staff only.</p>"))
                    .contentType(MediaType.TEXT_HTML_TYPE);
        }
        return HttpResponse.ok(page("Standby sync health", devices(pairing.allDevices(caller))))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static String devices(List<DeviceResponse> devices) {
        if (devices.isEmpty()) {
            return "<p>No standby has been paired yet. A property admin makes a pairing code once support staff have turned on"
                    + " the property's backup flag.</p>";
        }
        Instant now = Instant.now();
        StringBuilder h =
                new StringBuilder("<table><tr><th>Property</th><th>Backup flag</th><th>Standby</th><th>Paired</th>"
                        + "<th>Last seen</th><th>Position</th><th>Behind</th><th>State</th></tr>");
        for (DeviceResponse d : devices) {
            boolean stale = d.lastSeenAt() == null
                    || Duration.between(d.lastSeenAt(), now).toMinutes() > 75;
            String state = d.revokedAt() != null
                    ? "revoked " + TIME.format(d.revokedAt())
                    : !d.backupEnabled() ? "backup flag off" : stale ? "not seen for over 75 minutes" : "healthy";
            h.append("<tr class=\"")
                    .append(d.revokedAt() != null ? "off" : stale || !d.backupEnabled() ? "late" : "ok")
                    .append("\"><td>")
                    .append(esc(d.property()))
                    .append("</td><td>")
                    .append(d.backupEnabled() ? "on" : "off")
                    .append("</td><td>")
                    .append(esc(d.name()))
                    .append(" (#")
                    .append(d.id())
                    .append(")</td><td>")
                    .append(TIME.format(d.pairedAt()))
                    .append("</td><td>")
                    .append(d.lastSeenAt() == null ? "never" : TIME.format(d.lastSeenAt()))
                    .append(d.lagMinutes() == null ? "" : " (" + d.lagMinutes() + " min ago)")
                    .append("</td><td>")
                    .append(d.lastSequence())
                    .append(" of ")
                    .append(d.headSequence())
                    .append("</td><td>")
                    .append(d.lagEvents())
                    .append(" events</td><td>")
                    .append(esc(state))
                    .append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    private static String loginHtml(String error) {
        return page(
                "Support sign-in",
                (error == null ? "" : "<p class=\"error\">" + esc(error) + "</p>")
                        + "<form method=\"post\" action=\"/support/login\"><p><label>Username <input name=\"username\" autocomplete=\"username\"></label></p>"
                        + "<p><label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\"></label></p>"
                        + "<p><button>Sign in</button></p></form>");
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                + " - Innkeep</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                + "padding:.3rem .6rem;text-align:left}.late{background:#fff3cd}.off{color:#777}.error{color:#b00020}</style></head><body><h1>"
                + esc(title) + "</h1>" + body + "</body></html>";
    }

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
