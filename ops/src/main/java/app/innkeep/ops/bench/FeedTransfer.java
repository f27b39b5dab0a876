package app.innkeep.ops.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** A paired standby's two ways to the cloud's data, as the sync bench times them: the feed page by page, or the snapshot. */
final class FeedTransfer {

    private static final Pattern NEXT = Pattern.compile("\"next\":(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI cloudUri;
    private final String property;

    FeedTransfer(URI cloudUri, String property) {
        this.cloudUri = cloudUri;
        this.property = property;
    }

    /** Bytes as they crossed the wire and as they were after decoding. */
    record Transfer(long wireBytes, long bytes, String encoding) {
        String describe() {
            return String.format(
                    "%,11d bytes on the wire (%s), %,d decoded",
                    wireBytes, encoding == null ? "identity" : encoding, bytes);
        }
    }

    Transfer pull(Replicated state, int events) throws IOException, InterruptedException {
        long wire = 0;
        long decoded = 0;
        String encoding = null;
        long after = state.cursor();
        while (after < state.cursor() + events) {
            var response =
                    get("/api/v1/properties/" + property + "/feed?after=" + after + "&limit=500", state.credential());
            byte[] body = decode(response);
            wire += response.body().length;
            decoded += body.length;
            encoding = response.headers().firstValue("Content-Encoding").orElse(null);
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            Matcher next = NEXT.matcher(text);
            if (response.statusCode() != 200 || !next.find()) {
                throw new IllegalStateException("feed page refused: " + response.statusCode() + " " + text);
            }
            long nextCursor = Long.parseLong(next.group(1));
            if (nextCursor == after) {
                break;
            }
            after = nextCursor;
        }
        return new Transfer(wire, decoded, encoding);
    }

    Transfer snapshot(Replicated state) throws IOException, InterruptedException {
        var response = get(
                "/api/v1/properties/" + property + "/snapshot?letterTemplates=true&countsAtEnd=true",
                state.credential());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("snapshot refused: " + response.statusCode());
        }
        byte[] body = decode(response);
        return new Transfer(
                response.body().length,
                body.length,
                response.headers().firstValue("Content-Encoding").orElse(null));
    }

    private HttpResponse<byte[]> get(String path, String credential) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(cloudUri.resolve(path))
                        .timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Bearer " + credential)
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body, unzipped when the cloud sent it gzip-compressed. */
    static byte[] decode(HttpResponse<byte[]> response) throws IOException {
        if ("gzip"
                .equalsIgnoreCase(
                        response.headers().firstValue("Content-Encoding").orElse(""))) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        return response.body();
    }
}
