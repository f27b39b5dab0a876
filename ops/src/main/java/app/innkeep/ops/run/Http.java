package app.innkeep.ops.run;

import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls for the end-to-end tests; answers never throw on 4xx/5xx. */
public final class Http {

    /** The standby's operator token (what its CLI sends), from the standby's data folder. */
    public static String operatorToken(java.nio.file.Path standbyDataDir) {
        try {
            return java.nio.file.Files.readString(standbyDataDir.resolve("operator.token"))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Answer(int status, String body) {
        public JsonObject json() {
            return JsonObject.parse(body);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {}

    public static Answer get(URI base, String path, String token) {
        return send(base, "GET", path, token, null);
    }

    public static Answer post(URI base, String path, String token, Object body) {
        return send(base, "POST", path, token, body);
    }

    public static Answer put(URI base, String path, String token, Object body) {
        return send(base, "PUT", path, token, body);
    }

    public static Answer send(URI base, String method, String path, String token, Object body) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String login(URI cloud, String username, String password) {
        Answer a = post(cloud, "/api/v1/login", null, java.util.Map.of("username", username, "password", password));
        if (a.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: HTTP " + a.status());
        }
        return a.json().requiredString("access_token");
    }
}
