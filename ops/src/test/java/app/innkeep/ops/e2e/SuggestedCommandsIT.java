package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import app.innkeep.standby.cli.StandbyCli;
import app.innkeep.standby.cli.SuggestedCommand;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every command a standby message suggests, run through the real CLI against a real standby (and cloud) in the state
 * that produces the message: the message names it, the CLI accepts it, and the state it promises to clear clears.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuggestedCommandsIT {

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    String admin;
    String desk;
    final Set<SuggestedCommand> ran = EnumSet.noneOf(SuggestedCommand.class);

    @BeforeAll
    void startBoth() throws Exception {
        dir = Files.createTempDirectory("innkeep-e2e-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        admin = cloud.token("sea.admin");
        desk = cloud.token("sea.frontdesk");
        cloud.enableBackup();
        standby = DemoCloud.startStandby("standby", dir.resolve("standby"), Map.of());
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
    @Order(1)
    void aStandbyWithoutLoginsNamesTheStaffAddCommandAndItMakesTheFirstAdmin() {
        String hint = SuggestedCommand.STAFF_ADD.text();
        assertThat(standby.logText()).contains(hint);
        assertThat(Http.get(standby.uri(), "/login", null).body()).contains(hint);
        var list = cli(null, "staff", "list");
        assertThat(list.out()).contains(hint);

        var added = cli(
                "a-long-enough-password-42\n",
                SuggestedCommand.STAFF_ADD.args("USERNAME", "anna", "NAME", "Anna Berg"));
        assertThat(added.code()).as(added.out()).isZero();
        assertThat(cli(null, "staff", "list").out())
                .contains("anna")
                .contains("ADMIN")
                .doesNotContain(hint);
        ran.add(SuggestedCommand.STAFF_ADD);
    }

    @Test
    @Order(2)
    void anUnpairedStandbyNamesThePairCommandAndItPairs() {
        String hint = SuggestedCommand.PAIR.text();
        var status = cli(null, "status");
        assertThat(status.code()).isEqualTo(1);
        assertThat(status.out()).contains(hint);
        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(run.requiredString("result")).isEqualTo("NOT_PAIRED");
        assertThat(run.requiredString("message")).contains(hint);

        var paired = cli(null, SuggestedCommand.PAIR.args("URL", cloudUrl(), "CODE", pairingCode()));
        assertThat(paired.code()).as(paired.out() + standby.logText()).isZero();
        assertThat(paired.out()).startsWith("OK:");
        assertThat(status().get("paired")).isEqualTo(true);
        assertThat(cli(null, "status").out()).doesNotContain(hint);
        ran.add(SuggestedCommand.PAIR);
    }

    @Test
    @Order(3)
    void rentDeactivatedNamesAdoptAndSyncAndTheyClearTheStop() {
        var deactivated = Http.put(
                standby.uri(),
                "/api/master-data/inventory-item/RENT",
                operator(),
                Map.of("description", "Room night", "active", false));
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        var stopped =
                Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(stopped.requiredString("result")).isEqualTo("STOPPED");
        String adopt = SuggestedCommand.ADOPT.text("KIND", "inventory-item", "CODE", "RENT");
        assertThat(stopped.requiredString("message")).contains(adopt).contains(SuggestedCommand.SYNC.text());
        assertThat((String) status().get("stopReason")).contains(adopt);

        var adopted = cli(null, SuggestedCommand.ADOPT.args("KIND", "inventory-item", "CODE", "RENT"));
        assertThat(adopted.code()).as(adopted.out()).isZero();
        var synced = cli(null, SuggestedCommand.SYNC.args());
        assertThat(synced.code()).as(synced.out()).isZero();
        assertThat(synced.out()).startsWith("OK:");
        assertThat(status().get("stopReason")).isNull();
        ran.add(SuggestedCommand.ADOPT);
        ran.add(SuggestedCommand.SYNC);
    }

    @Test
    @Order(4)
    void aHeldEventNamesTheAdoptCommandForItsEntryAndAdoptingReleasesIt() {
        assertThat(Http.post(
                                cloud.uri(),
                                "/api/v1/properties/SEA/master-data/receipt-types",
                                admin,
                                Map.of("code", "HINT", "description", "Voucher"))
                        .status())
                .isEqualTo(201);
        String conf = book("Hinted");
        cloudPost(
                "/bookings/" + conf + "/folio/payments",
                Map.of("receiptType", "HINT", "amount", new BigDecimal("20.00")));
        assertThat(Http.post(standby.uri(), "/api/sync-now", operator(), null)
                        .json()
                        .requiredInt("held"))
                .isEqualTo(1);
        String adopt = SuggestedCommand.ADOPT.text("KIND", "receipt-type", "CODE", "HINT");
        assertThat(status().get("held").toString()).contains(adopt);

        assertThat(cli(null, SuggestedCommand.ADOPT.args("KIND", "receipt-type", "CODE", "HINT"))
                        .code())
                .isZero();
        assertThat(cli(null, SuggestedCommand.SYNC.args()).code()).isZero();
        assertThat((List<?>) status().get("held")).isEmpty();
    }

    @Test
    @Order(5)
    void anEntryMissingFromTheStandbysCopyNamesResyncAndAfterItTheEntryIsAdopted() {
        // New in the cloud, not synced yet: the standby's copy of the cloud lacks it.
        assertThat(Http.post(
                                cloud.uri(),
                                "/api/v1/properties/SEA/master-data/inventory-items",
                                admin,
                                Map.of("code", "SPA", "description", "Spa", "defaultPrice", new BigDecimal("40.00")))
                        .status())
                .isEqualTo(201);
        var refused = cli(null, SuggestedCommand.ADOPT.args("KIND", "inventory-item", "CODE", "SPA"));
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out()).contains(SuggestedCommand.RESYNC.text());

        var resynced = cli(null, SuggestedCommand.RESYNC.args());
        assertThat(resynced.code()).as(resynced.out()).isZero();
        assertThat(resynced.out()).startsWith("OK:");
        var adopted = cli(null, SuggestedCommand.ADOPT.args("KIND", "inventory-item", "CODE", "SPA"));
        assertThat(adopted.code()).as(adopted.out()).isZero();
        ran.add(SuggestedCommand.RESYNC);
    }

    @Test
    @Order(6)
    void theBackupFlagOffNamesSyncAndOnceItIsOnSyncClearsTheStop() {
        assertThat(Http.put(
                                cloud.uri(),
                                "/api/v1/admin/properties/SEA/backup",
                                cloud.token("support"),
                                Map.of("enabled", false))
                        .status())
                .isEqualTo(200);
        var stopped =
                Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(stopped.requiredString("result")).isEqualTo("STOPPED");
        assertThat(stopped.requiredString("message")).contains(SuggestedCommand.SYNC.text());
        cloud.enableBackup();
        var synced = cli(null, SuggestedCommand.SYNC.args());
        assertThat(synced.code()).as(synced.out()).isZero();
        assertThat(status().get("stopReason")).isNull();
    }

    @Test
    @Order(7)
    void aRevokedStandbyNamesThePairCommandWithItsCloudAndPairingAgainResumes() {
        Object deviceId = status().get("deviceId");
        assertThat(Http.post(cloud.uri(), "/api/v1/properties/SEA/devices/" + deviceId + "/revoke", admin, Map.of())
                        .status())
                .isEqualTo(200);
        var stopped =
                Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(stopped.requiredString("result")).isEqualTo("STOPPED");
        String hint = SuggestedCommand.PAIR.text("URL", cloudUrl());
        assertThat((String) status().get("stopReason")).contains("revoked").contains(hint);
        assertThat(cli(null, "status").out()).contains(hint);

        var paired = cli(null, SuggestedCommand.PAIR.args("URL", cloudUrl(), "CODE", pairingCode()));
        assertThat(paired.code()).as(paired.out()).isZero();
        assertThat(status().get("stopReason")).isNull();
        assertThat(status().get("deviceId")).isNotEqualTo(deviceId);
        assertThat(cli(null, SuggestedCommand.SYNC.args()).code()).isZero();
    }

    @Test
    @Order(8)
    void aStandbyThatIsNotRunningNamesTheLauncherCommandThatStartsIt() throws Exception {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        var out = new StringWriter();
        int code = StandbyCli.run(
                new String[] {
                    "--standby",
                    "http://127.0.0.1:" + closed,
                    "--data-dir",
                    dir.resolve("standby").toString(),
                    "status"
                },
                new PrintWriter(out, true),
                new PrintWriter(out, true));
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains(SuggestedCommand.START_STANDBY.text());

        // The launcher knows that command: its own help lists it (running it here would build and block).
        Process help = new ProcessBuilder(
                        "bash",
                        AppProcess.repositoryRoot().resolve("ops/bin/innkeep").toString(),
                        "help")
                .redirectErrorStream(true)
                .start();
        String usage = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor()).isZero();
        String command = SuggestedCommand.START_STANDBY.args().getFirst();
        assertThat(usage).containsPattern("(?m)^  " + command + " \\[app args\\.\\.\\.\\]");
        assertThat(usage).containsPattern("(?m)^  standby-cli <command>");
        // Its summary of the standby CLI names every subcommand the CLI has, so the two cannot drift apart.
        String cliSummary = usage.substring(usage.indexOf("  standby-cli <command>"), usage.indexOf("  help, --help"));
        new picocli.CommandLine(new StandbyCli())
                .getSubcommands()
                .keySet()
                .forEach(name -> assertThat(cliSummary)
                        .as("the launcher's help names standby-cli " + name)
                        .containsPattern("[ ,]" + name + "[ ,.]"));
        ran.add(SuggestedCommand.START_STANDBY);
    }

    @Test
    @Order(9)
    void everySuggestedCommandWasRunAbove() {
        assertThat(ran).containsExactlyInAnyOrder(SuggestedCommand.values());
    }

    private CliRun cli(String stdin, String... args) {
        return cli(stdin, List.of(args));
    }

    /** The standby CLI in this JVM against the running standby; {@code stdin} is what it reads (a password). */
    private CliRun cli(String stdin, List<String> args) {
        List<String> all = new ArrayList<>(List.of(
                "--standby",
                standby.uri().toString(),
                "--data-dir",
                dir.resolve("standby").toString()));
        all.addAll(args);
        var out = new StringWriter();
        InputStream before = System.in;
        if (stdin != null) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            int code =
                    StandbyCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(out, true));
            return new CliRun(code, out.toString());
        } finally {
            System.setIn(before);
        }
    }

    record CliRun(int code, String out) {}

    private String operator() {
        return Http.operatorToken(dir.resolve("standby"));
    }

    private String cloudUrl() {
        return cloud.uri().toString().replaceAll("/$", "");
    }

    private String pairingCode() {
        return Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", admin, Map.of())
                .json()
                .requiredString("code");
    }

    private Map<?, ?> status() {
        var answer = Http.get(standby.uri(), "/api/status", operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return (Map<?, ?>) Json.parse(answer.body());
    }

    private String book(String lastName) {
        var arrival = cloud.businessDate().plusDays(50);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("guest", Map.of("firstName", "E2E", "lastName", lastName));
        body.put("source", "WEB");
        body.put("roomType", "STD");
        body.put("arrival", arrival.toString());
        body.put("departure", arrival.plusDays(1).toString());
        body.put("adults", 1);
        body.put("rate", new BigDecimal("99.00"));
        return cloudPost("/bookings", body).json().requiredString("confirmation");
    }

    private Http.Answer cloudPost(String path, Object body) {
        var answer = Http.post(cloud.uri(), "/api/v1/properties/SEA" + path, desk, body);
        assertThat(answer.status()).as(path + ": " + answer.body()).isBetween(200, 299);
        return answer;
    }
}
