package app.innkeep.ops.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps the standby's session cookie and sends its forms as a browser does
 * (form-encoded, with the page's CSRF token), without following redirects so a test sees each answer.
 */
public final class DeskClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    public record Page(int status, String body, String location) {}

    private final URI base;
    private final HttpClient http;
    private String csrf;

    private DeskClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Logs in; fails the test when the standby refuses. */
    public static DeskClient login(URI standby, String username, String password) {
        DeskClient client = new DeskClient(standby);
        Page answer = client.send("POST", "/login", Map.of("username", username, "password", password));
        if (answer.status() != 303) {
            throw new AssertionError("login of " + username + " refused: " + answer.status() + " " + answer.body());
        }
        client.csrf = client.csrfOf(client.get("/"));
        return client;
    }

    public Page get(String path) {
        return send("GET", path, null);
    }

    /** Sends a form with this session's CSRF token and a fresh one-time entry ID. */
    public Page form(String path, Map<String, String> fields) {
        return formOnce(path, UUID.randomUUID().toString(), fields);
    }

    /** Sends a form with a given entry ID, as a browser resending the same form does. */
    public Page formOnce(String path, String entryId, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrfToken", csrf);
        all.put("entryId", entryId);
        return send("POST", path, all);
    }

    /** Sends a form without any CSRF token (what another site's page could make a browser do). */
    public Page formWithoutCsrf(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("entryId", UUID.randomUUID().toString());
        return send("POST", path, all);
    }

    /** A file the standby serves (a PDF, a CSV), as bytes. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String csrfOf(Page page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page: " + page.status() + " " + page.body());
        }
        return m.group(1);
    }

    private Page send(String method, String path, Map<String, String> form) {
        var builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html");
        if (form == null) {
            builder.GET();
        } else {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
