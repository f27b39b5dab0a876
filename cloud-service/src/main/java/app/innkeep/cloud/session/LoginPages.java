package app.innkeep.cloud.session;

import app.innkeep.cloud.pages.CloudPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
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

/**
 * Logging in and out of the cloud's pages, and the start page that sends each role to its own pages. Micronaut's
 * security sees these routes as open: {@link PageGate} decides, for pages that know nothing of bearer tokens.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginPages {

    @Serdeable
    public record LoginForm(
            @Nullable String username,
            @Nullable String password,
            @Nullable String csrfToken,
            @Nullable String next) {}

    @Serdeable
    public record LogoutForm(@Nullable String csrfToken) {}

    private final PageGate gate;

    public LoginPages(PageGate gate) {
        this.gate = gate;
    }

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> loginPage(
            HttpRequest<?> request, @Nullable @QueryValue String next, @Nullable @QueryValue String out) {
        return loginForm(request, out != null ? "You are logged out." : null, null, next, 200);
    }

    @Post(value = "/login", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> logIn(HttpRequest<?> request, @Nullable @Body LoginForm sent) {
        LoginForm form = sent == null ? new LoginForm(null, null, null, null) : sent;
        return switch (gate.logIn(request, form.username(), form.password(), form.csrfToken())) {
            case PageGate.Login.Refused(String message) -> loginForm(request, null, message, form.next(), 200);
            case PageGate.Login.LoggedIn(var cookie, var visitor) -> {
                String next = PageGate.safeReturn(form.next());
                yield HttpResponse.<String>seeOther(URI.create(next != null ? next : PageGate.landing(visitor)))
                        .cookie(cookie);
            }
        };
    }

    @Post(value = "/logout", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> logOut(HttpRequest<?> request, @Nullable @Body LogoutForm form) {
        return HttpResponse.<String>seeOther(URI.create("/login?out=1"))
                .cookie(gate.logOut(request, form == null ? null : form.csrfToken()));
    }

    /** Support and property admins go to their pages; other roles read that their work is at the desk. */
    @Get(value = "/", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> start(HttpRequest<?> request) {
        SignedIn visitor = gate.require(request);
        String landing = PageGate.landing(visitor);
        if (!landing.equals("/")) {
            return HttpResponse.<String>seeOther(URI.create(landing));
        }
        return HttpResponse.ok(CloudPage.page(
                        "No cloud pages for your role",
                        PageRefusal.CLOUD,
                        "",
                        visitor.visitor(),
                        null,
                        "<p>The cloud's pages are for support staff and property admins. As "
                                + CloudPage.esc(visitor.role().name())
                                + " you work in the front desk's own screens.</p>"))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    /** The old support-only login's address, still bookmarked here and there. */
    @Get("/support/login")
    public HttpResponse<String> oldSupportLogin() {
        return HttpResponse.<String>seeOther(URI.create("/login"));
    }

    private HttpResponse<String> loginForm(HttpRequest<?> request, String note, String error, String next, int status) {
        String token = PageGate.newFormToken();
        String returnTo = PageGate.safeReturn(next);
        String body = (note == null ? "" : "<p class=\"done\" role=\"status\">" + CloudPage.esc(note) + "</p>")
                + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + CloudPage.esc(error) + "</p>")
                + "<form class=\"card\" method=\"post\" action=\"/login\">"
                + CloudPage.csrfField(token)
                + (returnTo == null
                        ? ""
                        : "<input type=\"hidden\" name=\"next\" value=\"" + CloudPage.esc(returnTo) + "\">")
                + "<label>Username <input name=\"username\" autocomplete=\"username\" required></label>"
                + "<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\""
                + " required></label>"
                + "<button type=\"submit\">Log in</button></form>"
                + "<p class=\"hint\">For support staff and property admins. The same accounts as the cloud's API;"
                + " too many wrong passwords lock the account for a while.</p>";
        return HttpResponse.<String>status(io.micronaut.http.HttpStatus.valueOf(status))
                .body(CloudPage.page("Log in", PageRefusal.CLOUD, "", null, null, body))
                .contentType(MediaType.TEXT_HTML_TYPE)
                .cookie(gate.loginFormCookie(request, token));
    }
}
