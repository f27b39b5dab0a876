package app.innkeep.cloud.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A real HTTP client for the cloud API, as a channel or a browser would call it. Never throws on 4xx/5xx. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    /** One answer: status, content type and body parsed as JSON (or null when empty or not JSON). */
    public record Answer(int status, String contentType, String body, JsonNode json) {
        public String text(String field) {
            JsonNode node = json == null ? null : json.at(field.startsWith("/") ? field : "/" + field);
            return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
        }

        public boolean isProblem() {
            return contentType != null
                    && contentType.startsWith("application/problem+json")
                    && json != null
                    && json.has("status");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public String login(String username, String password) {
        Answer a = send("POST", "/api/v1/login", null, Map.of("username", username, "password", password), Map.of());
        if (a.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + a);
        }
        return a.text("access_token");
    }

    public Answer get(String token, String path) {
        return send("GET", path, token, null, Map.of());
    }

    public Answer post(String token, String path, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    public Answer put(String token, String path, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    public Answer patch(String token, String path, Object body) {
        return send("PATCH", path, token, body, Map.of());
    }

    public Answer delete(String token, String path) {
        return send("DELETE", path, token, null, Map.of());
    }

    public Answer send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            return sendRaw(method, path, token, payload, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the body exactly as given (malformed JSON included); a {@code Content-Type} header replaces JSON's. */
    public Answer sendRaw(String method, String path, String token, String payload, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        if (payload != null) {
            if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
                builder.header("Content-Type", "application/json");
            }
            builder.method(method, HttpRequest.BodyPublishers.ofString(payload));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("content-type").orElse(null);
            JsonNode json = null;
            if (response.body() != null && !response.body().isBlank() && type != null && type.contains("json")) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), type, response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
