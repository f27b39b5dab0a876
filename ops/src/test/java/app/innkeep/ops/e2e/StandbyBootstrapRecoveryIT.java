package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import app.innkeep.ops.demo.CloudLink;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Hotel;
import app.innkeep.ops.run.Http;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Pairing and full resync survive what happens to real PCs: the standby killed (SIGKILL) while it downloads the
 * snapshot or while it replaces its tables from it, the line cut in the middle of a download, and a cloud that stops
 * answering. The standby talks to the cloud through a {@link CloudLink} the test slows down and cuts; the end state is
 * always checked with {@code standby-cli compare} against the cloud's own snapshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandbyBootstrapRecoveryIT {

    /** Slow enough that a kill or a cut lands in the middle of a download of a few hundred KB. */
    private static final int POOR_LINE_BYTES_PER_SECOND = 24_000;

    Path dir;
    DemoCloud cloud;
    CloudLink link;
    AppProcess standby;
    Path standbyData;

    @BeforeAll
    void startTheCloudWithAHotelWorthDownloading() throws Exception {
        dir = Files.createTempDirectory("innkeep-e2e-bootstrap-");
        // The kills are timed by the bytes through the slow link: a gzipped snapshot of this hotel would be over
        // before they land, so this cloud sends it uncompressed.
        cloud = DemoCloud.start("cloud-bootstrap", dir, Map.of("INNKEEP_SNAPSHOT_GZIP", "false"));
        cloud.enableBackup();
        link = new CloudLink(cloud.uri().getPort());
        // A few hundred bookings with two charges each: a snapshot of well over a thousand lines.
        String desk = cloud.token("sea.frontdesk");
        LocalDate businessDate = cloud.businessDate();
        for (int i = 0; i < 400; i++) {
            String conf = Hotel.book(
                    cloud.uri(), desk, "Many", "Guest" + i, "WEB", businessDate.plusDays(20 + i), 1, null, "99.00");
            for (String item : List.of("MINIBAR", "PARKING")) {
                var charged = Http.post(
                        cloud.uri(),
                        "/api/v1/properties/SEA/bookings/" + conf + "/folio/charges",
                        desk,
                        Map.of("item", item));
                assertThat(charged.status()).as(charged.body()).isEqualTo(201);
            }
        }
    }

    @AfterAll
    void stopAll() {
        if (standby != null) {
            standby.close();
        }
        if (link != null) {
            link.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    /** A standby without its own schedule: whatever it finishes after a restart, it finishes by itself at start. */
    private AppProcess startStandby(String name) {
        return DemoCloud.startStandby(
                name,
                standbyData,
                Map.of(
                        "INNKEEP_STANDBY_SYNC_ENABLED", "false",
                        "INNKEEP_STANDBY_BACKUP_ENABLED", "false",
                        "INNKEEP_STANDBY_REPORTS_DOWNTIME_PACK_ENABLED", "false",
                        "INNKEEP_STANDBY_SYNC_FIRST_BACKOFF", "200ms"));
    }

    @Test
    @Order(1)
    void aStandbyKilledWhileDownloadingItsFirstSnapshotFinishesTheBootstrapWhenItStartsAgain() throws Exception {
        standbyData = dir.resolve("standby-download");
        standby = startStandby("standby-killed-downloading");
        link.slowDown(POOR_LINE_BYTES_PER_SECOND);
        long before = link.bytesFromCloud();
        CompletableFuture<?> pairing = pairAsync();
        awaitTrue(() -> link.bytesFromCloud() - before > 60_000, "the snapshot download to be well under way");
        AppProcess killed = standby;
        killed.kill();
        swallow(pairing);
        assertThat(killed.logText())
                .as("the kill landed in the download, before anything was replaced")
                .contains("downloading the snapshot")
                .doesNotContain("replica replaced");

        link.slowDown(0);
        standby = startStandby("standby-after-download-kill");
        awaitBootstrapped();
        assertReplicaEqualsTheCloud();
        var interrupted = runs().stream()
                .filter(r -> "INTERRUPTED".equals(r.get("result")))
                .toList();
        assertThat(interrupted)
                .as("the killed bootstrap says it was cut short, with a message")
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("trigger")).isEqualTo("BOOTSTRAP");
                    assertThat((String) r.get("message")).contains("the standby stopped during this run");
                });
        assertThat(cli("status").out()).doesNotContain("RUNNING").doesNotContain(": null");
    }

    @Test
    @Order(2)
    void aStandbyKilledWhileReplacingItsTablesFinishesTheBootstrapWhenItStartsAgain() throws Exception {
        // A fresh standby (no master data of its own yet): the bootstrap is all it has.
        standby.close();
        for (int round = 1; ; round++) {
            standbyData = dir.resolve("standby-replace-" + round);
            standby = startStandby("standby-killed-replacing-" + round);
            LogTail log = new LogTail(standby.log());
            CompletableFuture<?> pairing = pairAsync();
            awaitTrue(() -> log.seen("Bootstrap: writing") || log.seen("replica replaced"), "the replace to begin");
            AppProcess killed = standby;
            killed.kill();
            swallow(pairing);
            if (killed.logText().contains("replica replaced")) {
                // Too late on this machine this time: the replace had finished. Try again with a fresh standby.
                assertThat(round)
                        .as("a kill landed mid-replace within three rounds")
                        .isLessThan(3);
                continue;
            }
            assertThat(killed.logText()).contains("Bootstrap: writing");
            break;
        }
        standby = startStandby("standby-after-replace-kill");
        awaitBootstrapped();
        assertReplicaEqualsTheCloud();
        assertThat(runs().toString()).contains("INTERRUPTED");
    }

    @Test
    @Order(3)
    void aLineCutWhileTheFirstSnapshotIsWrittenAsItArrivesKeepsNothingOfItAndTheBootstrapFinishesFromAFile()
            throws Exception {
        standby.close();
        standbyData = dir.resolve("standby-stream-cut");
        standby = startStandby("standby-stream-cut");
        LogTail log = new LogTail(standby.log());
        link.slowDown(POOR_LINE_BYTES_PER_SECOND);
        long before = link.bytesFromCloud();
        CompletableFuture<?> pairing = pairAsync();
        awaitTrue(() -> link.bytesFromCloud() - before > 60_000, "the snapshot to be arriving and being written");
        assertThat(log.seen("writing it as it arrives"))
                .as("a bootstrap writes the snapshot as it arrives")
                .isTrue();
        link.cut();
        link.restore();
        link.slowDown(0);
        pairing.join();
        awaitBootstrapped();
        assertThat(standby.logText())
                .as("the cut landed while the snapshot was written, and the bootstrap went on from a file")
                .contains("the snapshot broke off while it was written")
                .contains("nothing of it was kept, and it is downloaded to a file instead")
                .contains("replica replaced");
        assertReplicaEqualsTheCloud();
        assertThat(runs().toString()).doesNotContain("FAILED");
    }

    @Test
    @Order(4)
    void aLineCutInTheMiddleOfAFullResyncDownloadIsRetriedFromAFreshFileAndTheResyncSucceeds() throws Exception {
        link.slowDown(POOR_LINE_BYTES_PER_SECOND);
        long before = link.bytesFromCloud();
        var resync = CompletableFuture.supplyAsync(() -> cli("resync"));
        awaitTrue(() -> link.bytesFromCloud() - before > 60_000, "the resync download to be well under way");
        link.cut();
        link.restore();
        link.slowDown(0);
        CliRun done = resync.join();
        assertThat(done.code()).as(done.out() + "\n" + standby.logText()).isZero();
        assertThat(done.out()).contains("OK: ");
        assertThat(standby.logText())
                .as("the cut really happened mid-download, and the retry began a new file")
                .contains("downloading the snapshot again from the start");
        assertReplicaEqualsTheCloud();
    }

    @Test
    @Order(5)
    void whenTheCloudStopsAnsweringHealthAndStatusSaySinceWhenAndWhatHappened() {
        link.close();
        var first = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(first.requiredString("result")).isEqualTo("FAILED");
        assertThat(first.requiredString("message")).contains("nothing answered at its address");
        var second = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(second.requiredString("result")).isEqualTo("FAILED");

        var health = Http.get(standby.uri(), "/health", operator()).body();
        assertThat(health).contains("the cloud has not answered since").doesNotContain("lagEvents");
        Map<?, ?> status = status();
        assertThat((String) status.get("cloudSilence"))
                .contains("the cloud has not answered since")
                .contains("America/Los_Angeles");
        assertThat(Http.get(standby.uri(), "/status", operator()).body()).contains("The cloud has not answered since");
        assertThat(cli("status").out()).contains("CLOUD SILENT").contains("has not answered since");
    }

    private CompletableFuture<?> pairAsync() {
        String code = Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", cloud.token("sea.admin"), Map.of())
                .json()
                .requiredString("code");
        String token = operator();
        AppProcess target = standby;
        return CompletableFuture.runAsync(() -> Http.post(
                target.uri(),
                "/api/pair",
                token,
                Map.of("cloudUrl", link.uri().toString(), "code", code, "deviceName", "Front desk PC")));
    }

    private static void swallow(CompletableFuture<?> call) {
        try {
            call.join();
        } catch (RuntimeException expected) {
            // The connection died with the process.
        }
    }

    private void awaitBootstrapped() {
        awaitTrue(
                () -> {
                    Map<?, ?> s = status();
                    return Boolean.FALSE.equals(s.get("bootstrapPending"))
                            && Boolean.FALSE.equals(s.get("running"))
                            && s.get("snapshotAt") != null;
                },
                "the restarted standby to finish its bootstrap by itself",
                250);
    }

    private void assertReplicaEqualsTheCloud() {
        var compared = cli("compare");
        assertThat(compared.code()).as(compared.out()).isZero();
        assertThat(compared.out()).contains("The replica equals the cloud.");
    }

    private List<Map<?, ?>> runs() {
        return ((List<?>) status().get("history"))
                .stream().<Map<?, ?>>map(r -> (Map<?, ?>) r).toList();
    }

    private Map<?, ?> status() {
        var answer = Http.get(standby.uri(), "/api/status", operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return (Map<?, ?>) Json.parse(answer.body());
    }

    private String operator() {
        return Http.operatorToken(standbyData);
    }

    private CliRun cli(String... args) {
        var out = new java.io.StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--standby";
        all[1] = standby.uri().toString();
        all[2] = "--data-dir";
        all[3] = standbyData.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        var writer = new java.io.PrintWriter(out, true);
        int code = app.innkeep.standby.cli.StandbyCli.run(all, writer, writer);
        return new CliRun(code, out.toString());
    }

    record CliRun(int code, String out) {}

    /** Polls quickly: the kill tests must land while a download or a replace is still going. */
    static void awaitTrue(BooleanSupplier condition, String what) {
        awaitTrue(condition, what, 5);
    }

    static void awaitTrue(BooleanSupplier condition, String what, long pollMillis) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            AppProcess.sleep(pollMillis);
        }
    }

    /** Reads only what a log file gained since the last look, so it can be watched every few milliseconds. */
    static final class LogTail {
        private final Path file;
        private long position;
        private final StringBuilder seen = new StringBuilder();

        LogTail(Path file) {
            this.file = file;
        }

        boolean seen(String text) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                long length = raf.length();
                if (length > position) {
                    byte[] bytes = new byte[(int) (length - position)];
                    raf.seek(position);
                    raf.readFully(bytes);
                    position = length;
                    seen.append(new String(bytes, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                return false;
            }
            return seen.indexOf(text) >= 0;
        }
    }
}
