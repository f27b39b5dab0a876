package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The cloud service with the demo property SEA in its own JVM, for end-to-end tests: its generated logins, the API
 * calls every standby test starts with (backup flag, pairing code), and a standby of its own paired over real HTTP.
 */
final class DemoCloud implements AutoCloseable {

    final AppProcess process;
    private final Map<String, String> logins;

    private DemoCloud(AppProcess process, Map<String, String> logins) {
        this.process = process;
        this.logins = logins;
    }

    /** Starts the cloud on embedded Derby in {@code dir/cloud}; {@code env} adds or overrides variables. */
    static DemoCloud start(String name, Path dir, Map<String, String> env) {
        try {
            Path data = Files.createDirectories(dir.resolve("cloud"));
            Map<String, String> all = new HashMap<>(Map.of(
                    "INNKEEP_DATA_DIR",
                    data.toString(),
                    "INNKEEP_DEMO_SEED",
                    "true",
                    // Cheap hashes keep the tests' logins fast; below the floor they need the test-only switch.
                    "INNKEEP_PASSWORD_ITERATIONS",
                    "1000",
                    "INNKEEP_TEST_FAULT_INJECTION",
                    "enabled"));
            all.putAll(env);
            AppProcess process = AppProcess.start(name, "cloud-service", "app.innkeep.cloud.CloudApplication", all);
            // The demo seed writes its generated passwords here (owner-only), never to the log.
            Map<String, String> logins = new HashMap<>();
            for (String line : Files.readAllLines(data.resolve("demo-logins.txt"))) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    logins.put(line.split(" ")[0], line.split(" ")[1]);
                }
            }
            return new DemoCloud(process, logins);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return process.uri();
    }

    String password(String username) {
        return logins.get(username);
    }

    /** A bearer token of a demo user (support, sea.admin, sea.frontdesk, sea.audit). */
    String token(String username) {
        return Http.login(uri(), username, password(username));
    }

    LocalDate businessDate() {
        return LocalDate.parse(Http.get(uri(), "/api/v1/properties/SEA", token("sea.frontdesk"))
                .json()
                .requiredString("businessDate"));
    }

    /** Support staff turn on SEA's backup flag, without which no standby can pair. */
    void enableBackup() {
        assertThat(Http.put(uri(), "/api/v1/admin/properties/SEA/backup", token("support"), Map.of("enabled", true))
                        .status())
                .isEqualTo(200);
    }

    /** Starts a standby in {@code dataDir}; {@code env} adds or overrides variables. */
    static AppProcess startStandby(String name, Path dataDir, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(Map.of(
                "INNKEEP_STANDBY_DATA_DIR", dataDir.toString(),
                "INNKEEP_STANDBY_SYNC_JITTER", "0s",
                "INNKEEP_STANDBY_LOGIN_ITERATIONS", "1000",
                "INNKEEP_TEST_FAULT_INJECTION", "enabled"));
        all.putAll(env);
        return AppProcess.start(name, "desktop-standby", "app.innkeep.standby.StandbyApplication", all);
    }

    /** "Set backup": a pairing code made by SEA's admin, entered on the standby, which then bootstraps. */
    void pair(AppProcess standby, Path dataDir) {
        String code = Http.post(uri(), "/api/v1/properties/SEA/pairing-codes", token("sea.admin"), Map.of())
                .json()
                .requiredString("code");
        var paired = Http.post(
                standby.uri(),
                "/api/pair",
                Http.operatorToken(dataDir),
                Map.of("cloudUrl", uri().toString(), "code", code, "deviceName", "Front desk PC"));
        assertThat(paired.status()).as(paired.body() + "\n" + standby.logText()).isEqualTo(200);
        assertThat(paired.json().requiredString("result")).as(paired.body()).isEqualTo("OK");
    }

    /**
     * The usual stage: SEA's backup flag turned on, a standby started in {@code dataDir} and paired with SEA (it has
     * bootstrapped when this returns).
     */
    AppProcess pairedStandby(Path dataDir) {
        enableBackup();
        AppProcess standby = startStandby("standby", dataDir, Map.of());
        pair(standby, dataDir);
        return standby;
    }

    /** A standby login, made with the operator token as the CLI does. */
    static void staff(AppProcess standby, Path dataDir, String username, String name, String role, String password) {
        var saved = Http.put(
                standby.uri(),
                "/api/staff/" + username,
                Http.operatorToken(dataDir),
                Map.of("displayName", name, "role", role, "password", password));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    @Override
    public void close() {
        process.close();
    }
}
