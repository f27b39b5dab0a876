package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Http;
import app.innkeep.ops.run.LargeReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Background work never starves the desk: on a standby holding a 1,000-room property (about 6,800 bookings), several
 * downtime-pack exports and a sync are started at once, and while they run the desk's pages and the status answer, each
 * time (they used to answer 500 "Failed to obtain JDBC Connection" for minutes while four exports held the pool).
 */
class BackgroundWorkIT {

    private static final String DESK_PASSWORD = "desk-password-1";

    @Test
    void theDeskAndTheStatusAnswerWhileExportsAndASyncRunOnALargeProperty() throws Exception {
        Path dir = Files.createTempDirectory("innkeep-e2e-background-");
        Path data = dir.resolve("standby");
        Map<String, String> env = Map.of("INNKEEP_STANDBY_SYNC_ENABLED", "false");
        try (DemoCloud cloud = DemoCloud.start("cloud-background", dir, Map.of())) {
            cloud.enableBackup();
            try (AppProcess first = DemoCloud.startStandby("standby-background-pairing", data, env)) {
                cloud.pair(first, data);
            }
            LargeReplica.Seeded seeded;
            try (Connection replica = LargeReplica.open(data)) {
                seeded = LargeReplica.seed(replica, cloud.businessDate(), 1000, 6800);
            } finally {
                LargeReplica.close(data);
            }
            assertThat(seeded.inHouse()).as("guests in house tonight").isGreaterThanOrEqualTo(500);

            try (AppProcess standby = DemoCloud.startStandby("standby-background", data, env)) {
                DemoCloud.staff(standby, data, "dana", "Dana Desk", "FRONT_DESK", DESK_PASSWORD);
                DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK_PASSWORD);
                Supplier<String> operator = () -> Http.operatorToken(data);

                ExecutorService pool = Executors.newFixedThreadPool(5);
                try {
                    List<CompletableFuture<Http.Answer>> exports = Stream.generate(() -> CompletableFuture.supplyAsync(
                                    () -> Http.post(standby.uri(), "/api/downtime-pack", operator.get(), null), pool))
                            .limit(4)
                            .toList();
                    CompletableFuture<Http.Answer> sync = CompletableFuture.supplyAsync(
                            () -> Http.post(standby.uri(), "/api/sync-now", operator.get(), null), pool);
                    List<CompletableFuture<Http.Answer>> work = new ArrayList<>(exports);
                    work.add(sync);

                    // Poll the desk and the status for as long as the background work runs.
                    List<String> refused = new ArrayList<>();
                    int rounds = 0;
                    while (work.stream().anyMatch(f -> !f.isDone())) {
                        rounds++;
                        for (String page : List.of(
                                "/", "/rooms", "/balances", "/search?q=Guest42", "/bookings/" + seeded.someInHouse())) {
                            var answer = desk.get(page);
                            if (answer.status() != 200) {
                                refused.add(page + " " + answer.status() + " " + answer.body());
                            }
                        }
                        var status = Http.get(standby.uri(), "/api/status", operator.get());
                        if (status.status() != 200) {
                            refused.add("/api/status " + status.status() + " " + status.body());
                        }
                    }
                    assertThat(rounds)
                            .as("the desk was polled while the work ran")
                            .isPositive();
                    assertThat(refused).as(standby.logText()).isEmpty();

                    assertThat(sync.get().status()).as(sync.get().body()).isEqualTo(200);
                    assertThat(sync.get().json().requiredString("result")).isEqualTo("OK");
                    List<String> outcomes = exports.stream()
                            .map(f -> f.join())
                            .peek(a -> assertThat(a.status()).as(a.body()).isEqualTo(200))
                            .map(a -> a.json().requiredString("outcome"))
                            .toList();
                    assertThat(outcomes)
                            .as("several requests at once print the pack, without running twice at once")
                            .contains("PRINTED")
                            .doesNotContain("FAILED");
                } finally {
                    pool.shutdownNow();
                }
                try (Stream<Path> packs = Files.list(data.resolve("downtime-packs"))) {
                    assertThat(packs.filter(p -> p.toString().endsWith(".pdf"))).isNotEmpty();
                }
                assertThat(standby.logText()).doesNotContain("Failed to obtain JDBC Connection");
            }
        }
    }
}
