package app.innkeep.standby.cloud;

import app.innkeep.model.StandbyVersion;
import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonException;
import app.innkeep.model.json.JsonObject;
import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ClosingCheckRequest;
import app.innkeep.model.reentry.ReentryAnswer;
import app.innkeep.model.reentry.ReentryCodec;
import app.innkeep.model.reentry.ReentryRequest;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standby's only way to the cloud: pairing, the snapshot, the feed and re-entry (in {@code model.reentry}'s typed
 * contract), over HTTPS with the device credential. Network errors, timeouts and 5xx answers are retried with
 * exponential backoff; a refusal (4xx) is not retried and comes back as {@link CloudRefused} with the cloud's own
 * explanation.
 */
@Singleton
public class CloudClient {

    private static final Logger LOG = LoggerFactory.getLogger(CloudClient.class);

    /** The cloud answered, and said no. */
    public static final class CloudRefused extends RuntimeException {
        private final int status;

        public CloudRefused(int status, String detail) {
            super(detail);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * The call failed on the way, even after the retries: the cloud could not be reached, did not answer in time, broke
     * off its answer, or answered 5xx. The message says which, in a hotel admin's words ({@link TransportProblem}).
     */
    public static class CloudUnreachable extends RuntimeException {
        public CloudUnreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Nothing was sent: calls to the cloud are paused (a fire drill is running, ADR 0019). Callers see it as the cloud
     * being out of reach, which is what a drill plays.
     */
    public static final class CloudPaused extends CloudUnreachable {
        public CloudPaused(String why, String what) {
            super("nothing was sent to the cloud for the " + what + ": " + why, null);
        }
    }

    /** What pairing gave: the property and the device credential (shown once by the cloud). */
    public record Pairing(String property, long deviceId, String credential, long headSequence) {}

    private final HttpClient http;
    private final Duration timeout;
    private final int retries;
    private final Duration firstBackoff;
    private volatile String pausedBecause;

    public CloudClient(
            @Value("${innkeep.standby.sync.http-timeout:30s}") Duration timeout,
            @Value("${innkeep.standby.sync.retries:4}") int retries,
            @Value("${innkeep.standby.sync.first-backoff:500ms}") Duration firstBackoff) {
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.timeout = timeout;
        this.retries = retries;
        this.firstBackoff = firstBackoff;
    }

    /**
     * Sends nothing to the cloud from now on (pairing, snapshot, feed, re-entry, the health probe) until {@link
     * #resume()}: every call fails at once with {@link CloudPaused}, saying {@code why}.
     */
    public void pause(String why) {
        pausedBecause = why;
        LOG.info("Calls to the cloud are paused: {}", why);
    }

    public void resume() {
        if (pausedBecause != null) {
            pausedBecause = null;
            LOG.info("Calls to the cloud are resumed");
        }
    }

    /** Why calls to the cloud are paused, if they are. */
    public java.util.Optional<String> paused() {
        return java.util.Optional.ofNullable(pausedBecause);
    }

    private void refuseWhilePaused(String what) {
        String why = pausedBecause;
        if (why != null) {
            throw new CloudPaused(why, what);
        }
    }

    public Pairing pair(String cloudUrl, String code, String deviceName) {
        String body = Json.write(Map.of("code", code, "deviceName", deviceName));
        HttpRequest request = to(stripSlash(cloudUrl) + "/api/v1/pairing")
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        JsonObject answer = JsonObject.parse(sendForText(request, "pairing"));
        return new Pairing(
                answer.requiredString("property"),
                answer.requiredLong("deviceId"),
                answer.requiredString("credential"),
                answer.requiredLong("headSequence"));
    }

    /**
     * Posts one journal entry for re-entry; the entry's ID is the idempotency key, so a retry (of this call, or after a
     * crash of either side) gets the first answer back and changes nothing.
     */
    public ReentryAnswer postReentry(
            String cloudUrl, String property, String credential, String entryId, ReentryRequest entry) {
        HttpRequest request = to(stripSlash(cloudUrl) + "/api/v1/properties/" + property + "/reentry/entries/"
                        + entryId)
                .timeout(timeout)
                .header("Authorization", "Bearer " + credential)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ReentryCodec.encode(entry)))
                .build();
        return ReentryCodec.decodeAnswer(sendForText(request, "re-entry of " + entryId));
    }

    /** What the cloud holds of these entries and bookings (the closing check of a re-entry). */
    public ClosingCheckAnswer closingCheck(
            String cloudUrl, String property, String credential, ClosingCheckRequest question) {
        HttpRequest request = to(stripSlash(cloudUrl) + "/api/v1/properties/" + property + "/reentry/verify")
                .timeout(timeout)
                .header("Authorization", "Bearer " + credential)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ReentryCodec.encode(question)))
                .build();
        return ReentryCodec.decodeClosingCheckAnswer(sendForText(request, "re-entry verification"));
    }

    /** One feed page as text; the caller decodes it (a malformed page is refused there as a whole). */
    public String feedPage(String cloudUrl, String property, String credential, long after, int limit) {
        HttpRequest request = to(stripSlash(cloudUrl) + "/api/v1/properties/" + property + "/feed?after=" + after
                        + "&limit=" + limit)
                .timeout(timeout)
                .header("Authorization", "Bearer " + credential)
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        return sendForText(request, "feed page after " + after);
    }

    /**
     * Whether the cloud answers at all right now (its health endpoint, one try, short timeout): the outage watch asks
     * this every minute, so it must never hang or retry.
     */
    public boolean reachable(String cloudUrl, Duration probeTimeout) {
        if (pausedBecause != null) {
            return false;
        }
        try {
            HttpRequest request = to(stripSlash(cloudUrl) + "/health")
                    .timeout(probeTimeout)
                    .GET()
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 500;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Handles each line of the snapshot as it arrives. */
    public void snapshot(String cloudUrl, String property, String credential, LineHandler handler) {
        snapshot(cloudUrl, property, credential, null, handler);
    }

    /**
     * The snapshot's body as it arrives, decoded, for the caller to read to its end line and close. Opening it is
     * retried as any call is (a refusal is not); a break while it is read shows as an {@code IOException} of the read,
     * and is the caller's to handle.
     */
    public InputStream openSnapshot(String cloudUrl, String property, String credential) {
        HttpRequest request = snapshotRequest(cloudUrl, property, credential, null);
        return withRetries("snapshot", () -> {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            InputStream body = decoded(response);
            if (response.statusCode() != 200) {
                try (body) {
                    throw refusedOrRetry(
                            response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return body;
        });
    }

    private HttpRequest snapshotRequest(String cloudUrl, String property, String credential, Integer historyDays) {
        return to(stripSlash(cloudUrl) + "/api/v1/properties/" + property
                        // The letters are asked for: a cloud sends them only to a standby that reads them (ADR 0018).
                        // The counts of the large sections are taken from the end line: the rows come without the
                        // cloud counting them first (ADR 0014).
                        + "/snapshot?letterTemplates=true&countsAtEnd=true"
                        + (historyDays == null ? "" : "&historyDays=" + historyDays))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + credential)
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
    }

    /** The snapshot with {@code historyDays} of departed bookings (null: the cloud's default). */
    public void snapshot(
            String cloudUrl, String property, String credential, Integer historyDays, LineHandler handler) {
        HttpRequest request = snapshotRequest(cloudUrl, property, credential, historyDays);
        withRetries("snapshot", () -> {
            // Every attempt starts from the first line: a retry must never add to what a broken attempt left.
            handler.restart();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = decoded(response)) {
                if (response.statusCode() != 200) {
                    throw refusedOrRetry(
                            response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                String line;
                String last = null;
                long count = 0;
                while ((line = readLine(reader, count)) != null) {
                    if (!line.isBlank()) {
                        handler.line(line);
                        last = line;
                        count++;
                    }
                }
                if (last == null || !isEndLine(last)) {
                    // The connection closed cleanly mid-body (no chunk error, no gzip error): still a broken answer.
                    throw new TruncatedAnswer("the snapshot ended after " + count + " lines without its end line");
                }
            }
            return null;
        });
    }

    private static String readLine(BufferedReader reader, long linesSoFar) throws TruncatedAnswer {
        try {
            return reader.readLine();
        } catch (IOException cut) {
            throw new TruncatedAnswer(
                    "the snapshot broke off after " + linesSoFar + " lines: " + cut.getMessage(), cut);
        }
    }

    private static boolean isEndLine(String text) {
        try {
            return SnapshotCodec.decode(text) instanceof SnapshotLine.End;
        } catch (JsonException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Receives the snapshot's lines; {@link #restart()} comes before every attempt, the first one included. */
    @FunctionalInterface
    public interface LineHandler {
        void line(String text);

        /** A new attempt begins: forget every line an earlier, broken attempt gave. */
        default void restart() {}
    }

    private String sendForText(HttpRequest request, String what) {
        return withRetries(what, () -> {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String text;
            try (InputStream body = decoded(response)) {
                text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException cut) {
                throw new TruncatedAnswer("the answer broke off: " + cut.getMessage(), cut);
            }
            if (response.statusCode() / 100 != 2) {
                throw refusedOrRetry(response.statusCode(), text);
            }
            return text;
        });
    }

    private interface Call<T> {
        T call() throws IOException, InterruptedException;
    }

    private <T> T withRetries(String what, Call<T> call) {
        Duration backoff = firstBackoff;
        for (int attempt = 0; ; attempt++) {
            refuseWhilePaused(what);
            try {
                return call.call();
            } catch (CloudRefused refused) {
                throw refused;
            } catch (ServerTrouble | IOException e) {
                if (attempt >= retries) {
                    throw new CloudUnreachable(
                            TransportProblem.of(e).sentence(what) + " (gave up after " + (attempt + 1)
                                    + (attempt == 0 ? " attempt)" : " attempts)"),
                            e);
                }
                LOG.warn("Cloud {} failed ({}); retrying in {} ms", what, describe(e), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CloudUnreachable("interrupted while calling the cloud for the " + what, e);
            }
        }
    }

    /** A 5xx or 429: the cloud is there but not well; worth another try. */
    static final class ServerTrouble extends RuntimeException {
        private final int status;

        ServerTrouble(int status) {
            super("the cloud answered HTTP " + status);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private static RuntimeException refusedOrRetry(int status, String body) {
        if (status >= 500 || status == 429) {
            return new ServerTrouble(status);
        }
        return new CloudRefused(status, detail(status, body));
    }

    private static String detail(int status, String body) {
        try {
            String detail = JsonObject.parse(body).string("detail");
            return detail == null ? "HTTP " + status : detail + " (HTTP " + status + ")";
        } catch (JsonException e) {
            return "HTTP " + status;
        }
    }

    private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
        boolean gzip = response.headers()
                .firstValue("Content-Encoding")
                .map(v -> v.equalsIgnoreCase("gzip"))
                .orElse(false);
        return gzip ? new GZIPInputStream(response.body()) : response.body();
    }

    private static String describe(Exception e) {
        return TransportProblem.of(e).sentence("call") + " [" + e.getClass().getSimpleName() + "]";
    }

    /** An answer that stopped before its end: a cut connection the transport did not report as an error. */
    static final class TruncatedAnswer extends IOException {
        TruncatedAnswer(String message) {
            super(message);
        }

        TruncatedAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Every request to the cloud starts here, so each one says which release this standby is ({@link
     * StandbyVersion#HEADER}): the cloud keeps it on the device for support's pages.
     */
    private static HttpRequest.Builder to(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header(StandbyVersion.HEADER, StandbyRelease.VERSION);
    }

    /** The cloud's address as every call joins it to a path (Set backup stores it that way too). */
    public static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
