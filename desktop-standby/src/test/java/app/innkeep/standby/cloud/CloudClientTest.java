package app.innkeep.standby.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.StandbyVersion;
import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ClosingCheckRequest;
import app.innkeep.model.reentry.ReentryAction;
import app.innkeep.model.reentry.ReentryAnswer;
import app.innkeep.model.reentry.ReentryCodec;
import app.innkeep.model.reentry.ReentryRequest;
import com.sun.net.httpserver.HttpServer;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real HTTP server on loopback that fails on purpose: what the standby retries, and what it does not. */
class CloudClientTest {

    HttpServer server;
    final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    String cloud(int failures, int failStatus, String body) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int n = calls.incrementAndGet();
            boolean fail = n <= failures;
            byte[] bytes = (fail ? "{\"detail\":\"nope\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? failStatus : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    final CloudClient client = new CloudClient(Duration.ofSeconds(5), 3, Duration.ofMillis(10));

    @Test
    void serverTroubleIsRetriedWithBackoffUntilItAnswers() throws Exception {
        String url = cloud(2, 503, "{\"ok\":true}");
        assertThat(client.feedPage(url, "SEA", "ikd_x", 0, 10)).isEqualTo("{\"ok\":true}");
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void afterTheLastRetryTheCloudCountsAsUnreachable() throws Exception {
        String url = cloud(100, 502, "{}");
        assertThatThrownBy(() -> client.feedPage(url, "SEA", "ikd_x", 0, 10))
                .isInstanceOf(CloudClient.CloudUnreachable.class)
                .hasMessageContaining("after 4 attempts");
        assertThat(calls.get()).isEqualTo(4);
    }

    @Test
    void aRefusalIsNotRetriedAndKeepsTheCloudsReason() throws Exception {
        String url = cloud(100, 401, "{}");
        assertThatThrownBy(() -> client.feedPage(url, "SEA", "ikd_x", 0, 10))
                .isInstanceOfSatisfying(CloudClient.CloudRefused.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("nope");
                });
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void aCloudThatIsNotThereIsUnreachableNotACrash() {
        assertThatThrownBy(() -> client.feedPage("http://127.0.0.1:1", "SEA", "ikd_x", 0, 10))
                .isInstanceOf(CloudClient.CloudUnreachable.class)
                .hasMessageContaining("attempts");
    }

    @Test
    void aReentryIsPostedToItsEntryAsTheContractsRequestAndItsAnswerReadTyped() throws Exception {
        var answer = new ReentryAnswer(
                "e-1", ReentryAction.PAYMENT, "D1042", "100031", 77L, new BigDecimal("12.00"), true, null);
        String url = recording(ReentryCodec.encode(answer));
        var request = new ReentryRequest(
                ReentryAction.PAYMENT,
                "D1042",
                Instant.parse("2026-11-23T18:40:00Z"),
                LocalDate.parse("2026-11-23"),
                "dana",
                null,
                ReentryRequest.Line.payment("VISA", new BigDecimal("12.00"), "4242", "deposit"),
                null);

        var got = client.postReentry(url, "SEA", "ikd_x", "e-1", request);

        assertThat(got).isEqualTo(answer);
        assertThat(path.get()).isEqualTo("/api/v1/properties/SEA/reentry/entries/e-1");
        assertThat(ReentryCodec.decodeRequest(body.get())).isEqualTo(request);
    }

    @Test
    void theClosingCheckAsksTheContractsQuestionAndReadsTheTypedAnswer() throws Exception {
        var answer = new ClosingCheckAnswer(
                List.of(ClosingCheckAnswer.Entry.missing("e-2")),
                List.of(new ClosingCheckAnswer.Balance("D1042", "100031", new BigDecimal("0.00"))));
        String url = recording(ReentryCodec.encode(answer));
        var question = new ClosingCheckRequest(List.of("e-2"), List.of("100031"));

        var got = client.closingCheck(url, "SEA", "ikd_x", question);

        assertThat(got).isEqualTo(answer);
        assertThat(path.get()).isEqualTo("/api/v1/properties/SEA/reentry/verify");
        assertThat(ReentryCodec.decodeClosingCheck(body.get())).isEqualTo(question);
    }

    @Test
    void everyCallSaysWhichReleaseTheStandbyIsAsTheBuildWroteIt() throws Exception {
        String url = recording("{\"property\":\"SEA\",\"deviceId\":7,\"credential\":\"ikd_x\",\"headSequence\":0}");

        client.pair(url, "ABCD-EFGH", "Front desk");
        assertThat(version.get()).isEqualTo(StandbyRelease.VERSION);
        version.set(null);
        client.feedPage(url, "SEA", "ikd_x", 0, 10);
        assertThat(version.get()).isEqualTo(StandbyRelease.VERSION);
        version.set(null);
        assertThat(client.reachable(url, Duration.ofSeconds(5))).isTrue();
        assertThat(version.get()).isEqualTo(StandbyRelease.VERSION);

        // The project's version, filled in by the build: a plain version the cloud keeps as sent.
        assertThat(StandbyRelease.VERSION).startsWith("0.").doesNotContain("${");
        assertThat(StandbyVersion.screened(StandbyRelease.VERSION)).isEqualTo(StandbyRelease.VERSION);
    }

    final AtomicReference<String> path = new AtomicReference<>();
    final AtomicReference<String> body = new AtomicReference<>();
    final AtomicReference<String> version = new AtomicReference<>();

    /** A cloud that answers {@code answer} and keeps the path and body it was sent. */
    String recording(String answer) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            path.set(exchange.getRequestURI().getPath());
            version.set(exchange.getRequestHeaders().getFirst(StandbyVersion.HEADER));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
