package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import app.innkeep.model.json.Json;
import app.innkeep.ops.demo.CloudLink;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Hotel;
import app.innkeep.ops.run.Http;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real full disk under the standby's data folder (a small tmpfs the test mounts): filled while the bootstrap
 * downloads, the standby says so on the status page, the CLI and /health, and once the test frees the space it
 * finishes the bootstrap by itself and equals the cloud.
 */
class StandbyDiskFullIT {

    @Test
    void aDiskThatFillsUpDuringTheBootstrapIsSaidAndTheStandbyCarriesOnOnceThereIsRoom() throws Exception {
        Path dir = Files.createTempDirectory("innkeep-e2e-disk-");
        Path disk = Files.createDirectories(dir.resolve("disk"));
        mountSmallDisk(disk);
        Path data = disk.resolve("standby");
        Path filler = disk.resolve("filler.bin");
        // The disk is filled once a measured part of the snapshot has come through the slow link: uncompressed, so that
        // part is reached (the standby writes the snapshot's full size to the disk either way).
        try (DemoCloud cloud = DemoCloud.start("cloud-disk", dir, Map.of("INNKEEP_SNAPSHOT_GZIP", "false"));
                CloudLink link = new CloudLink(cloud.uri().getPort());
                AppProcess standby = DemoCloud.startStandby(
                        "standby-disk",
                        data,
                        Map.of(
                                "INNKEEP_STANDBY_SYNC_ENABLED", "false",
                                "INNKEEP_STANDBY_BACKUP_ENABLED", "false",
                                "INNKEEP_STANDBY_REPORTS_DOWNTIME_PACK_ENABLED", "false",
                                "INNKEEP_STANDBY_DISK_MIN_FREE_MB", "1",
                                "INNKEEP_STANDBY_DISK_CHECK_INTERVAL", "1s"))) {
            cloud.enableBackup();
            bookSome(cloud, 150);
            String operator = Http.operatorToken(data);

            // Given a slow line, so the bootstrap is still downloading when the disk fills up.
            link.slowDown(16_000);
            String code = Http.post(
                            cloud.uri(), "/api/v1/properties/SEA/pairing-codes", cloud.token("sea.admin"), Map.of())
                    .json()
                    .requiredString("code");
            long before = link.bytesFromCloud();
            var pairing = CompletableFuture.supplyAsync(() -> Http.post(
                    standby.uri(),
                    "/api/pair",
                    operator,
                    Map.of("cloudUrl", link.uri().toString(), "code", code, "deviceName", "Front desk PC")));
            StandbyBootstrapRecoveryIT.awaitTrue(
                    () -> link.bytesFromCloud() - before > 30_000, "the snapshot download to be under way");
            fill(filler);
            link.slowDown(0);

            var paired = pairing.join();
            assertThat(paired.status()).as(paired.body()).isEqualTo(200);
            assertThat(paired.json().requiredString("result")).isEqualTo("FAILED");
            assertThat(paired.json().requiredString("message"))
                    .contains("the disk holding")
                    .contains("is full");

            Map<?, ?> status = (Map<?, ?>)
                    Json.parse(Http.get(standby.uri(), "/api/status", operator).body());
            assertThat((String) status.get("disk"))
                    .contains("the disk holding " + data.toAbsolutePath())
                    .containsPattern("is full \\(\\d+ MB free; the replica needs about \\d+ MB\\)");
            var page = Http.get(standby.uri(), "/status", operator);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("is full (");
            assertThat(Http.get(standby.uri(), "/health", operator).body()).contains("is full (");
            var cli = cli(standby, data, "status");
            assertThat(cli.code()).isEqualTo(1);
            assertThat(cli.out()).contains("DISK FULL").contains("is full (");

            // When the space is freed, the standby carries on by itself: no command, no restart.
            Files.delete(filler);
            StandbyBootstrapRecoveryIT.awaitTrue(
                    () -> {
                        var answer = Http.get(standby.uri(), "/api/status", operator);
                        if (answer.status() != 200) {
                            return false;
                        }
                        Map<?, ?> s = (Map<?, ?>) Json.parse(answer.body());
                        return s.get("disk") == null
                                && Boolean.FALSE.equals(s.get("bootstrapPending"))
                                && Boolean.FALSE.equals(s.get("running"));
                    },
                    "the standby to finish its bootstrap once there is room",
                    250);
            var compared = cli(standby, data, "compare");
            assertThat(compared.code())
                    .as(compared.out() + "\n" + standby.logText())
                    .isZero();
            assertThat(Http.get(standby.uri(), "/health", operator).body()).doesNotContain("is full");
        } finally {
            Files.deleteIfExists(filler);
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    /** A 64 MB tmpfs: real ENOSPC errors, no mocks. Outside CI a machine that cannot mount skips; CI must mount. */
    private static void mountSmallDisk(Path at) throws Exception {
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", at.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(mount.getInputStream().readAllBytes());
        if (mount.waitFor() != 0) {
            String why = "this test needs to mount a small tmpfs (mount -t tmpfs -o size=64m tmpfs DIR, as root) to"
                    + " fill a real disk; mount said: " + said;
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    /** Writes until the disk refuses: the next write anyone makes there fails with "No space left on device". */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[256 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left");
        }
    }

    private static void bookSome(DemoCloud cloud, int count) {
        String desk = cloud.token("sea.frontdesk");
        LocalDate businessDate = cloud.businessDate();
        for (int i = 0; i < count; i++) {
            Hotel.book(cloud.uri(), desk, "Full", "Disk" + i, "WEB", businessDate.plusDays(20 + i), 1, null, "99.00");
        }
    }

    private static StandbyBootstrapRecoveryIT.CliRun cli(AppProcess standby, Path data, String... args) {
        var out = new java.io.StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--standby";
        all[1] = standby.uri().toString();
        all[2] = "--data-dir";
        all[3] = data.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        var writer = new java.io.PrintWriter(out, true);
        int code = app.innkeep.standby.cli.StandbyCli.run(all, writer, writer);
        return new StandbyBootstrapRecoveryIT.CliRun(code, out.toString());
    }
}
