package app.innkeep.standby.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each way a call to the cloud fails, produced for real on loopback through the standby's own {@link CloudClient}, and
 * the sentence a hotel admin reads for it: what happened, with no Java class name and no "null".
 */
class TransportProblemTest {

    /** One attempt, short timeout: the wording is what is tested, not the retries. */
    final CloudClient client = new CloudClient(Duration.ofMillis(700), 0, Duration.ofMillis(1));

    final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void aClosedPortIsSaidAsNothingAnswering() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String said = feedFails("http://127.0.0.1:" + port);
        assertThat(said)
                .startsWith("the cloud could not be reached for the feed page after 0: nothing answered at its address")
                .endsWith("(gave up after 1 attempt)");
    }

    @Test
    void aCloudThatAcceptsButNeverAnswersDidNotAnswerInTime() throws IOException {
        ServerSocket silent = server();
        Thread.ofVirtual().start(() -> {
            while (!silent.isClosed()) {
                try {
                    Socket kept = silent.accept();
                    open.add(kept);
                } catch (IOException closed) {
                    return;
                }
            }
        });
        assertThat(feedFails(url(silent))).startsWith("the cloud did not answer the feed page after 0 in time");
    }

    @Test
    void anAddressThatDoesNotResolveIsSaidAsADnsProblem() {
        assertThat(feedFails("http://innkeep-cloud.invalid"))
                .startsWith("the cloud's address could not be looked up for the feed page after 0 (DNS)");
    }

    @Test
    void httpsToAPlainHttpServerIsSaidAsATlsProblem() throws IOException {
        ServerSocket plain =
                answering(in -> "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        // The server answers at once, so the handshake fails at once; the long timeout only leaves room for the JVM's
        // first TLS set-up, which can take more than the other tests' 700 ms on a busy machine.
        CloudClient patient = new CloudClient(Duration.ofSeconds(20), 0, Duration.ofMillis(1));
        assertThat(feedFails(patient, "https://127.0.0.1:" + plain.getLocalPort()))
                .startsWith("a secure (TLS) connection to the cloud could not be set up for the feed page after 0");
    }

    @Test
    void aBodyShorterThanItsContentLengthBrokeOff() throws IOException {
        ServerSocket cut = answering(
                in -> "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"after\":0,"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(feedFails(url(cut)))
                .startsWith("the cloud's answer to the feed page after 0 broke off before its end");
    }

    @Test
    void aCutGzipBodyBrokeOffAndIsNotCalledUnreachable() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("{\"after\":0,\"events\":[]}".repeat(200).getBytes(StandardCharsets.UTF_8));
        }
        byte[] half = java.util.Arrays.copyOf(zipped.toByteArray(), zipped.size() / 2);
        ServerSocket cut = answering(in -> {
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            answer.writeBytes(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
            answer.writeBytes(half);
            return answer.toByteArray();
        });
        assertThat(feedFails(url(cut)))
                .startsWith("the cloud's answer to the feed page after 0 broke off before its end")
                .doesNotContain("could not be reached");
    }

    @Test
    void aCutSnapshotBrokeOffToo() throws IOException {
        ServerSocket cut = answering(in -> "HTTP/1.1 200 OK\r\nContent-Length: 9000\r\n\r\n{\"type\":\"header\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        var failure = catchThrowableOfType(
                CloudClient.CloudUnreachable.class, () -> client.snapshot(url(cut), "SEA", "ikd_x", line -> {}));
        assertForAnAdmin(failure.getMessage());
        assertThat(failure.getMessage()).startsWith("the cloud's answer to the snapshot broke off before its end");
    }

    @Test
    void aServerErrorIsSaidAsSuchWithItsStatus() throws IOException {
        ServerSocket ill =
                answering(in -> "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(feedFails(url(ill)))
                .startsWith("the cloud answered the feed page after 0 with a server error (HTTP 503): it is running but"
                        + " not well");
    }

    @Test
    void aConnectionClosedBeforeAnyAnswerIsSaidAsDropped() throws IOException {
        ServerSocket rude = answering(in -> new byte[0]);
        assertThat(feedFails(url(rude)))
                .startsWith("the connection to the cloud was closed before any answer to the feed page after 0");
    }

    private String feedFails(String cloudUrl) {
        return feedFails(client, cloudUrl);
    }

    private static String feedFails(CloudClient client, String cloudUrl) {
        var failure = catchThrowableOfType(
                CloudClient.CloudUnreachable.class, () -> client.feedPage(cloudUrl, "SEA", "ikd_x", 0, 10));
        assertThat(failure).as("a transport failure, not a refusal or a crash").isNotNull();
        assertForAnAdmin(failure.getMessage());
        return failure.getMessage();
    }

    private static void assertForAnAdmin(String said) {
        assertThat(said)
                .isNotBlank()
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("null")
                .doesNotContain("java.")
                .doesNotContain("javax.")
                .doesNotContain("1 attempts");
    }

    /** What a tiny server sends to every connection, after reading the request head, before it closes. */
    @FunctionalInterface
    interface Answer {
        byte[] to(InputStream request) throws IOException;
    }

    private ServerSocket server() throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(socket);
        return socket;
    }

    private ServerSocket answering(Answer answer) throws IOException {
        ServerSocket socket = server();
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    readHead(s.getInputStream());
                    OutputStream out = s.getOutputStream();
                    out.write(answer.to(s.getInputStream()));
                    out.flush();
                } catch (IOException closedOrReset) {
                    // The next connection, or the end of the test.
                }
            }
        });
        return socket;
    }

    /** Reads up to the blank line that ends a request head; a TLS hello has none, and is answered as it comes. */
    private static void readHead(InputStream in) throws IOException {
        int first = in.read();
        if (first == 0x16) {
            // A TLS handshake record: a plain HTTP server takes it for a broken request and answers in plain text.
            in.readNBytes(in.available());
            return;
        }
        byte[] end = {'\r', '\n', '\r', '\n'};
        int matched = first == '\r' ? 1 : 0;
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    private static String url(ServerSocket socket) {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }
}
