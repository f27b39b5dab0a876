package app.innkeep.standby.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A browser that is not logged in goes to the login page (and back afterwards); one whose role may not do something,
 * or whose form lacks its CSRF token, sees a page saying so. The CLI and other JSON callers get problem+json.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class Rejections implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
        boolean browser = request.getHeaders()
                .get(HttpHeaders.ACCEPT, String.class)
                .map(a -> a.contains("text/html"))
                .orElse(false);
        boolean loggedIn = e.getAuthentication() != null;
        if (browser && !loggedIn) {
            String back =
                    request.getMethod().name().equals("GET") ? request.getUri().toString() : "/";
            return HttpResponse.seeOther(URI.create("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
        }
        HttpStatus status = loggedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
        String detail = loggedIn
                ? "your role may not do this, or the form was out of date (open the page again and resend)"
                : "log in first (the CLI sends the operator token from the standby's data folder)";
        if (browser) {
            return HttpResponse.status(status)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not allowed</title>"
                            + "<link rel=\"stylesheet\" href=\"/assets/desk.css\"></head><body><main><h1>Not allowed</h1><p>"
                            + detail.substring(0, 1).toUpperCase() + detail.substring(1)
                            + ".</p><p><a href=\"/\">Back to the front desk</a></p></main></body></html>");
        }
        return HttpResponse.status(status)
                .contentType(MediaType.of("application/problem+json"))
                .body(new ProblemBody(loggedIn ? "Forbidden" : "Unauthorized", status.getCode(), detail, null));
    }
}
