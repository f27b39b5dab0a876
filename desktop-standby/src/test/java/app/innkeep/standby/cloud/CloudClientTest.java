package app.innkeep.standby.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
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
}
