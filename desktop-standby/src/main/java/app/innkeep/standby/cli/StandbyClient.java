package app.innkeep.standby.cli;

import app.innkeep.model.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The CLI's one way to talk to the standby's local API: the operator token from the data folder on every request,
 * JSON in and out, and a refusal (problem+json) turned into the sentence the admin sees, the same for every command.
 */
final class StandbyClient {

    /** A full resync or a comparison of a large property can take this long; the standby answers when done. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final URI standby;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newHttpClient();

    StandbyClient(String standby, Path dataDir) {
        this.standby = URI.create(standby);
        this.dataDir = dataDir;
    }

    /** The parsed JSON answer (a map, a list, or null for an empty body). */
    Object get(String path) throws IOException, InterruptedException {
        return json(send("GET", path, null));
    }

    Object post(String path) throws IOException, InterruptedException {
        return json(send("POST", path, null));
    }

    Object post(String path, Object body) throws IOException, InterruptedException {
        return json(send("POST", path, body));
    }

    Object put(String path, Object body) throws IOException, InterruptedException {
        return json(send("PUT", path, body));
    }

    /** A report or other file from the standby, as bytes. */
    byte[] download(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    private byte[] send(String method, String path, Object body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(standby.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + operatorToken());
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new IllegalStateException("the standby is not running at " + standby + " (start it with: "
                    + SuggestedCommand.START_STANDBY.text() + ")");
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(refusal(response.statusCode(), text(response.body())));
        }
        return response.body();
    }

    /**
     * What the standby said when it refused: the problem's {@code detail}; without one, the answer's own text
     * when it is JSON, else only its status (a report's refusal may be a page, not a sentence).
     */
    static String refusal(int status, String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            Object json = Json.parse(trimmed);
            return json instanceof Map<?, ?> problem && problem.get("detail") != null
                    ? String.valueOf(problem.get("detail"))
                    : body;
        }
        return "the standby answered " + status;
    }

    private static Object json(byte[] body) {
        String text = text(body);
        return text.isBlank() ? null : Json.parse(text);
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The token the standby wrote to its data folder; only the PC account that runs the standby can read it. */
    private String operatorToken() throws IOException {
        Path file = dataDir.resolve("operator.token");
        try {
            return Files.readString(file).strip();
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no operator token at " + file.toAbsolutePath()
                    + ": give the standby's data folder with --data-dir (or INNKEEP_STANDBY_DATA_DIR), and run this"
                    + " as the PC account that runs the standby");
        }
    }
}
