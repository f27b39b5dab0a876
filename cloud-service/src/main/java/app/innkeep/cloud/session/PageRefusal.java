package app.innkeep.cloud.session;

import app.innkeep.cloud.pages.CloudPage;
import app.innkeep.cloud.problem.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A page the visitor may not have, answered as a person reads it: not signed in sends them to the login page (303,
 * and back here afterwards); a role without this page, a forged form, another hotel's property, each a readable page
 * with its status (403, 403, 404). Thrown by {@link PageGate}; a page controller turns a service's {@link Problem}
 * into the same pages with {@link #answer(Problem)}.
 */
public final class PageRefusal extends RuntimeException {

    static final CloudPage.Section CLOUD = new CloudPage.Section("cloud", List.of());

    private final int status;
    private final String title;
    private final URI location;

    private PageRefusal(int status, String title, String message, URI location) {
        super(message);
        this.status = status;
        this.title = title;
        this.location = location;
    }

    /** Not signed in (or the session ended): to the login page, which sends them back to {@code returnTo}. */
    static PageRefusal signInFirst(String returnTo) {
        return new PageRefusal(
                303,
                "Log in",
                "Log in first.",
                URI.create("/login?next=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8)));
    }

    static PageRefusal forged(String why) {
        return new PageRefusal(
                403,
                "Form refused",
                "This form was refused and nothing was changed: " + why
                        + ". If you sent it yourself, open the page again and send it from there.",
                null);
    }

    public static PageRefusal forbidden(String message) {
        return new PageRefusal(403, "Not for your role", message, null);
    }

    /** The page's answer: a redirect to the login page, or a page saying why. */
    public HttpResponse<String> response() {
        if (location != null) {
            return HttpResponse.<String>seeOther(location);
        }
        String body = "<p class=\"error\" role=\"alert\">" + CloudPage.esc(getMessage()) + "</p>"
                + "<p><a href=\"/\">To your start page</a> · <a href=\"/login\">Log in as someone else</a></p>";
        return HttpResponse.<String>status(HttpStatus.valueOf(status))
                .body(CloudPage.page(title, CLOUD, "", null, null, body))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }

    /**
     * A service's refusal on a page: another property (404, worded as for a property that does not exist), a role
     * that may not (403), anything else with its own status and detail.
     */
    public static HttpResponse<String> answer(Problem problem) {
        String title = switch (problem.status()) {
            case 404 -> "Not found";
            case 403 -> "Not for your role";
            case 409 -> "Not possible now";
            default -> "Refused";
        };
        return new PageRefusal(problem.status(), title, problem.getMessage(), null).response();
    }

    public int status() {
        return status;
    }
}
