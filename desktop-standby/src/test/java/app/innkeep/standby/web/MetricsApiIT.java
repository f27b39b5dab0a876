package app.innkeep.standby.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.standby.staff.OperatorToken;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.sync.SyncOutcome;
import app.innkeep.standby.sync.SyncService;
import app.innkeep.standby.sync.SyncTrigger;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The standby's scrape endpoint over HTTP on a real replica: a sync run moves the run counter and the duration, the
 * replica's gauges are there, and only the scrape token reads them (not even the operator token). A full sync with
 * events applied is in ops' {@code StandbyMetricsIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsApiIT {

    static final String TOKEN = "standby-scrape-token-for-tests";
    static final String RUNS = "innkeep_sync_runs_total{outcome=\"NOT_PAIRED\",trigger=\"MANUAL\"}";

    ApplicationContext context;
    URI base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        context = StandbyContext.start(Map.of("innkeep.standby.metrics.scrape-token", TOKEN));
        base = started(context);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aSyncRunMovesItsMetersAndTheReplicasGaugesAreThere() throws Exception {
        String before = scrape(TOKEN).body();
        var run = context.getBean(SyncService.class).sync(SyncTrigger.MANUAL);
        assertThat(run.result()).isEqualTo(SyncOutcome.NOT_PAIRED);

        HttpResponse<String> answer = scrape(TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
        String after = answer.body();
        assertThat(value(after, RUNS) - value(before, RUNS)).isEqualTo(1);
        assertThat(value(after, "innkeep_sync_duration_seconds_count{outcome=\"NOT_PAIRED\"}")
                        - value(before, "innkeep_sync_duration_seconds_count{outcome=\"NOT_PAIRED\"}"))
                .isEqualTo(1);
        assertThat(value(after, "innkeep_sync_held_events")).isZero();
        assertThat(after)
                .as("not paired yet: no data as of")
                .containsPattern("(?m)^innkeep_sync_minutes_since_data_as_of NaN$")
                .containsPattern("(?m)^innkeep_sync_events_applied_total 0\\.0$");
    }

    @Test
    void onlyTheScrapeTokenReadsTheMetrics() throws Exception {
        Path dataDir = Path.of(context.getRequiredProperty("innkeep.standby.data-dir", String.class));
        String operator = "Bearer "
                + Files.readString(dataDir.resolve(OperatorToken.FILE_NAME)).strip();
        for (String authorization : new String[] {null, "Bearer wrong-token-of-enough-length", "Basic " + TOKEN}) {
            HttpResponse<String> answer = get(authorization);
            assertThat(answer.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(answer.headers().firstValue("content-type").orElse("")).contains("problem+json");
            assertThat(answer.body()).doesNotContain("innkeep_sync").doesNotContain(TOKEN);
        }
        assertThat(get(operator).statusCode()).isEqualTo(401);
    }

    @Test
    void withoutAScrapeTokenThereIsNoEndpoint() throws Exception {
        try (ApplicationContext off = StandbyContext.start()) {
            URI offBase = started(off);
            var answer = http.send(
                    HttpRequest.newBuilder(offBase.resolve("/metrics"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("innkeep_sync");
        }
    }

    @Test
    void micronautsOwnMetricsEndpointsAreOff() throws Exception {
        for (String path : new String[] {"/prometheus", "/metrics/jvm.memory.used", "/metrics/innkeep.sync.runs"}) {
            for (String authorization : new String[] {null, "Bearer " + TOKEN}) {
                var request = HttpRequest.newBuilder(base.resolve(path));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path + " " + authorization).isEqualTo(404);
            }
        }
    }

    /** Starts the context's web server and answers its address. */
    static URI started(ApplicationContext context) {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        assertThat(server.getPort()).as("the port the server took").isPositive();
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    private HttpResponse<String> scrape(String token) throws IOException, InterruptedException {
        return get("Bearer " + token);
    }

    private HttpResponse<String> get(String authorization) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve("/metrics"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A sample's value by its exact name and labels, 0 when there is none yet. */
    static double value(String scrape, String series) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
