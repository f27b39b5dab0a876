package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A standby's online backup restores into a fresh data folder with the replica's key — the journal of an outage in
 * progress included — and does not open without it.
 */
class StandbyBackupIT {

    @Test
    void anOnlineBackupRestoresWithItsKeyAndOnlyWithIt() throws Exception {
        Path dir = Files.createTempDirectory("innkeep-e2e-backup-");
        Path data = dir.resolve("standby");
        try (DemoCloud cloud = DemoCloud.start("cloud-backup", dir, Map.of())) {
            cloud.enableBackup();
            AppProcess standby = DemoCloud.startStandby("standby-backup", data, Map.of());
            String backup;
            try {
                cloud.pair(standby, data);
                DemoCloud.staff(standby, data, "dana", "Dana Desk", "FRONT_DESK", "desk-password-1");
                DeskClient desk = DeskClient.login(standby.uri(), "dana", "desk-password-1");
                assertThat(desk.form("/outage/start", Map.of("reason", "line down"))
                                .status())
                        .isEqualTo(303);

                var answer = Http.post(standby.uri(), "/api/backup", Http.operatorToken(data), null);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                backup = answer.json().requiredString("folder");
                assertThat(Path.of(backup).resolve("replica")).isDirectory();
                assertThat(Path.of(backup))
                        .as("the key is never copied next to a backup")
                        .isNotEqualTo(data)
                        .satisfies(p -> assertThat(Files.exists(p.resolve("replica.key")))
                                .isFalse());
            } finally {
                standby.close();
            }

            Path restored = Files.createDirectories(dir.resolve("restored"));
            copyTree(Path.of(backup).resolve("replica"), restored.resolve("replica"));
            assertThatThrownBy(() -> DemoCloud.startStandby("standby-no-key", restored, Map.of()))
                    .as("without replica.key the restored replica does not open")
                    .hasMessageContaining("replica.key");

            Files.copy(data.resolve("replica.key"), restored.resolve("replica.key"));
            AppProcess back = DemoCloud.startStandby("standby-restored", restored, Map.of());
            try {
                var outage = Http.get(back.uri(), "/api/desk/outage", Http.operatorToken(restored));
                assertThat(outage.status()).isEqualTo(200);
                List<?> entries = (List<?>) ((Map<?, ?>) Json.parse(outage.body())).get("entries");
                assertThat(entries).hasSize(1);
                assertThat(DeskClient.login(back.uri(), "dana", "desk-password-1")
                                .get("/")
                                .body())
                        .contains("OUTAGE MODE");
            } finally {
                back.close();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var tree = Files.walk(from)) {
            for (Path p : tree.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
