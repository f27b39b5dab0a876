package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fault switches and cheap password hashes are for tests only: the packaged apps given one through an environment
 * variable, without the test-only setting, refuse to start, exit non-zero and say why.
 */
class TestOnlySettingsIT {

    private static final Path ROOT = AppProcess.repositoryRoot();
    private static final Path STANDBY_JAR = ROOT.resolve("desktop-standby/target/desktop-standby-0.1.0-SNAPSHOT.jar");
    private static final Path CLOUD_JAR = ROOT.resolve("cloud-service/target/cloud-service-0.1.0-SNAPSHOT.jar");
    private static final Path LOGS = ROOT.resolve("ops/target/e2e-logs");
    private static final Duration START = Duration.ofSeconds(90);

    @Test
    void aPackagedStandbyGivenOnlyTheReentryHaltVariableRefusesToStart() throws Exception {
        var ended = AppProcess.startJarExpectingRefusal(
                "standby-halt-refused",
                STANDBY_JAR,
                Map.of(
                        "INNKEEP_STANDBY_DATA_DIR",
                        Files.createTempDirectory("innkeep-e2e-halt-").toString(),
                        "INNKEEP_STANDBY_REENTRY_HALT_AFTER_POSTS",
                        "3"),
                LOGS,
                START);
        assertThat(ended.exitCode()).as(ended.log()).isNotIn(0, -1);
        assertThat(ended.log())
                .contains("Refusing to start")
                .contains("innkeep.standby.reentry.halt-after-posts=3")
                .contains("innkeep.test.fault-injection=enabled");
    }

    @Test
    void aPackagedStandbyRefusesPasswordHashesBelowTheFloor() throws Exception {
        var ended = AppProcess.startJarExpectingRefusal(
                "standby-iterations-refused",
                STANDBY_JAR,
                Map.of(
                        "INNKEEP_STANDBY_DATA_DIR",
                        Files.createTempDirectory("innkeep-e2e-iterations-").toString(),
                        "INNKEEP_STANDBY_LOGIN_ITERATIONS",
                        "1000"),
                LOGS,
                START);
        assertThat(ended.exitCode()).as(ended.log()).isNotIn(0, -1);
        assertThat(ended.log()).contains("Refusing to start").contains("innkeep.standby.login.iterations=1000");
    }

    @Test
    void aPackagedCloudRefusesPasswordHashesBelowTheFloor() throws Exception {
        var ended = AppProcess.startJarExpectingRefusal(
                "cloud-iterations-refused",
                CLOUD_JAR,
                Map.of(
                        "INNKEEP_DATA_DIR",
                        Files.createTempDirectory("innkeep-e2e-cloud-iterations-")
                                .toString(),
                        "INNKEEP_PASSWORD_ITERATIONS",
                        "1000"),
                LOGS,
                START);
        assertThat(ended.exitCode()).as(ended.log()).isNotIn(0, -1);
        assertThat(ended.log()).contains("Refusing to start").contains("innkeep.password.iterations=1000");
    }
}
