package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.admin.AdminCli;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.standby.cloud.StandbyRelease;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/** The support/admin CLI against a real cloud: backup flag, pairing code, properties with standby health, revoke. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminCliIT {

    Path dir;
    DemoCloud cloud;

    record Run(int code, String out) {}

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("innkeep-e2e-admin-");
        cloud = DemoCloud.start("cloud-admin", dir, Map.of());
    }

    @AfterAll
    void stop() {
        cloud.close();
    }

    @Test
    void supportAndThePropertyAdminDoTheirTasksFromTheCommandLine() throws Exception {
        assertThat(admin("support", "backup-flag", "SEA", "on").out()).contains("Backup flag of SEA is ON.");
        Run code = admin("sea.admin", "pairing-code", "SEA");
        assertThat(code.out()).containsPattern("Pairing code for SEA: [A-Z0-9-]+");

        Path standbyData = dir.resolve("standby");
        AppProcess standby = DemoCloud.startStandby("standby-admin", standbyData, Map.of());
        try {
            cloud.pair(standby, standbyData);
        } finally {
            standby.close();
        }
        Run properties = admin("support", "properties");
        assertThat(properties.out()).contains("SEA").contains("backup ON").contains("standby #1 Front desk PC");
        assertThat(admin("sea.admin", "devices", "SEA").out())
                .contains("#1 Front desk PC")
                .as("the release the standby process told the cloud")
                .contains("version " + StandbyRelease.VERSION + ",");
        assertThat(admin("sea.admin", "revoke", "1", "--property", "SEA").out()).contains("Standby #1 revoked.");
        assertThat(admin("support", "properties").out()).contains("(revoked)");

        Run refused = admin("sea.frontdesk", "backup-flag", "SEA", "off");
        assertThat(refused.code()).as("only support staff change the flag").isEqualTo(2);
        assertThat(admin("support", "backup-flag", "SEA", "maybe").out()).contains("say on or off");
        Path wrong = Files.writeString(dir.resolve("wrong"), "not-the-password\n");
        Run badLogin = run(
                "--cloud",
                cloud.uri().toString(),
                "--user",
                "support",
                "--password-file",
                wrong.toString(),
                "properties");
        assertThat(badLogin.out()).contains("refused the login of support");
    }

    @Test
    void everyCommandHasHelp() {
        List<String> names =
                new ArrayList<>(new CommandLine(new AdminCli()).getSubcommands().keySet());
        names.remove("help");
        assertThat(names).contains("properties", "backup-flag", "pairing-code", "devices", "revoke");
        for (String name : names) {
            Run help = run(name, "--help");
            assertThat(help.code()).as(name).isZero();
            assertThat(help.out()).as(name).contains("Usage:");
        }
    }

    private Run admin(String user, String... command) throws Exception {
        Path password = Files.writeString(dir.resolve("password-" + user), cloud.password(user) + "\n");
        List<String> args = new ArrayList<>(
                List.of("--cloud", cloud.uri().toString(), "--user", user, "--password-file", password.toString()));
        args.addAll(List.of(command));
        return run(args.toArray(String[]::new));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        int code = AdminCli.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
        return new Run(code, out.toString());
    }
}
