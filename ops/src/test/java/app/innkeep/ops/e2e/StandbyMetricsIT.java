package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Both scrapers' view of one real sync, the cloud and the standby in their own JVMs: a booking made in the cloud is
 * pulled by "sync now", and the standby's run, duration and applied events move, as do the cloud's feed requests,
 * events served and its count of standbys that are up to date. Each side's scrape token opens only its own side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandbyMetricsIT {

    static final String CLOUD_TOKEN = "cloud-scrape-token-e2e-0123456789";
    static final String STANDBY_TOKEN = "standby-scrape-token-e2e-0123456789";

    Path dir;
    DemoCloud cloud;
    AppProcess standby;

    @BeforeAll
    void startBoth() throws Exception {
        dir = Files.createTempDirectory("innkeep-e2e-metrics-");
        cloud = DemoCloud.start(
                "cloud", dir, Map.of("INNKEEP_METRICS_SCRAPE_TOKEN", CLOUD_TOKEN, "INNKEEP_METRICS_LAG_REFRESH", "0s"));
        cloud.enableBackup();
        standby = DemoCloud.startStandby(
                "standby", dir.resolve("standby"), Map.of("INNKEEP_STANDBY_METRICS_SCRAPE_TOKEN", STANDBY_TOKEN));
        cloud.pair(standby, dir.resolve("standby"));
    }

    @AfterAll
    void stopBoth() {
        if (standby != null) {
            standby.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    void aSyncNowMovesTheStandbysMetersAndTheCloudsFeedMeters() throws InterruptedException {
        String standbyBefore = settled();
        String cloudBefore = scrape(cloud.process, CLOUD_TOKEN);
        book("Metered");

        var run = Http.post(standby.uri(), "/api/sync-now", Http.operatorToken(dir.resolve("standby")), null);
        assertThat(run.json().requiredString("result")).as(run.body()).isEqualTo("OK");
        long applied = run.json().requiredLong("applied");
        assertThat(applied).as("the booking's event, at least").isPositive();

        String standbyAfter = scrape(standby, STANDBY_TOKEN);
        String manualOk = "innkeep_sync_runs_total{outcome=\"OK\",trigger=\"MANUAL\"}";
        assertThat(value(standbyAfter, manualOk) - value(standbyBefore, manualOk))
                .isEqualTo(1);
        assertThat(value(standbyAfter, "innkeep_sync_events_applied_total")
                        - value(standbyBefore, "innkeep_sync_events_applied_total"))
                .isEqualTo(applied);
        // Every run that ended OK is timed once, this one included. (The sync that follows the pairing's bootstrap
        // may still be finishing when the first scrape is taken: it is another OK run, with its own trigger.)
        double okRuns = sum(standbyAfter, "innkeep_sync_runs_total{outcome=\"OK\",")
                - sum(standbyBefore, "innkeep_sync_runs_total{outcome=\"OK\",");
        assertThat(okRuns).as("this run, at least").isGreaterThanOrEqualTo(1);
        assertThat(value(standbyAfter, "innkeep_sync_duration_seconds_count{outcome=\"OK\"}")
                        - value(standbyBefore, "innkeep_sync_duration_seconds_count{outcome=\"OK\"}"))
                .isEqualTo(okRuns);
        assertThat(value(standbyAfter, "innkeep_sync_minutes_since_data_as_of"))
                .as("just synced")
                .isZero();
        assertThat(standbyAfter).containsPattern("(?m)^innkeep_sync_held_events 0\\.0$");
        assertThat(standbyAfter).doesNotContain("Metered").doesNotContain("SEA");

        String cloudAfter = scrape(cloud.process, CLOUD_TOKEN);
        assertThat(value(cloudAfter, "innkeep_feed_requests_seconds_count{status=\"200\"}")
                        - value(cloudBefore, "innkeep_feed_requests_seconds_count{status=\"200\"}"))
                .isPositive();
        assertThat(value(cloudAfter, "innkeep_feed_events_served_total")
                        - value(cloudBefore, "innkeep_feed_events_served_total"))
                .isGreaterThanOrEqualTo(applied);
        assertThat(value(cloudAfter, "innkeep_devices_paired_total")).isEqualTo(1);
        assertThat(cloudAfter).doesNotContain("Metered");
    }

    @Test
    void eachSideOpensOnlyToItsOwnScrapeToken() {
        assertThat(Http.get(standby.uri(), "/metrics", CLOUD_TOKEN).status()).isEqualTo(401);
        assertThat(Http.get(standby.uri(), "/metrics", null).status()).isEqualTo(401);
        assertThat(Http.get(standby.uri(), "/metrics", Http.operatorToken(dir.resolve("standby")))
                        .status())
                .isEqualTo(401);
        assertThat(Http.get(cloud.uri(), "/metrics", STANDBY_TOKEN).status()).isEqualTo(401);
        assertThat(Http.get(cloud.uri(), "/metrics", null).status()).isEqualTo(401);
    }

    /**
     * The standby's meters once the runs that follow the pairing (the bootstrap's own sync, the schedule's first) have
     * ended: the run count has not moved for a second (at most 20 s of waiting).
     */
    private String settled() throws InterruptedException {
        String last = scrape(standby, STANDBY_TOKEN);
        long quietSince = System.nanoTime();
        long deadline = quietSince + 20_000_000_000L;
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < 1_000_000_000L) {
            Thread.sleep(200);
            String now = scrape(standby, STANDBY_TOKEN);
            if (sum(now, "innkeep_sync_runs_total{") != sum(last, "innkeep_sync_runs_total{")) {
                quietSince = System.nanoTime();
            }
            last = now;
        }
        return last;
    }

    private static String scrape(AppProcess app, String token) {
        var answer = Http.get(app.uri(), "/metrics", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** A sample's value by its exact name and labels, 0 when there is none yet. */
    /** The sum of every series that starts with {@code prefix} (a metric with some of its labels). */
    private static double sum(String scrape, String prefix) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(prefix) + "[^}]*} (\\S+)$")
                .matcher(scrape);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static double value(String scrape, String series) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private void book(String lastName) {
        LocalDate arrival = cloud.businessDate().plusDays(30);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("guest", Map.of("firstName", "E2E", "lastName", lastName));
        body.put("source", "WEB");
        body.put("roomType", "STD");
        body.put("arrival", arrival.toString());
        body.put("departure", arrival.plusDays(1).toString());
        body.put("adults", 1);
        body.put("rate", new BigDecimal("99.00"));
        var answer = Http.post(cloud.uri(), "/api/v1/properties/SEA/bookings", cloud.token("sea.frontdesk"), body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }
}
