package app.innkeep.ops.admin;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.Http;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The cloud's command line for support staff and property admins: backup flags, properties with their standbys'
 * health, pairing codes, revoking devices. It logs in to the cloud API as the given user; the password comes from a
 * file, the INNKEEP_PASSWORD variable or the console — never from the command line.
 */
@Command(
        name = "innkeep-admin",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        version = "Innkeep admin CLI 0.1",
        description = "Support and property-admin tasks in the Innkeep cloud.",
        footer = {
            "",
            "The same tasks have pages in the cloud: log in at <cloud>/login, then /support/properties (support:"
                    + " backup flags and revokes with a reason, every standby's health) or /admin/<CODE>/standby (the"
                    + " property admin: pairing codes, the property's standbys)."
        },
        subcommands = {
            AdminCli.Properties.class,
            AdminCli.BackupFlag.class,
            AdminCli.PairingCode.class,
            AdminCli.Devices.class,
            AdminCli.Revoke.class
        })
public class AdminCli {

    @Option(
            names = "--cloud",
            description = "Address of the cloud service (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:INNKEEP_CLOUD_URL:-http://localhost:8080}",
            scope = CommandLine.ScopeType.INHERIT)
    String cloud;

    @Option(
            names = "--user",
            description = "Cloud user to log in as (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:INNKEEP_USER:-support}",
            scope = CommandLine.ScopeType.INHERIT)
    String user;

    @Option(
            names = "--password-file",
            description = "File whose first line is the password (else INNKEEP_PASSWORD, else the console asks).",
            scope = CommandLine.ScopeType.INHERIT)
    Path passwordFile;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AdminCli());
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("innkeep-admin: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    abstract static class Base implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        AdminCli root() {
            return (AdminCli) spec.root().userObject();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        URI cloud() {
            return URI.create(root().cloud);
        }

        String token() throws Exception {
            String password;
            if (root().passwordFile != null) {
                password = Files.readAllLines(root().passwordFile).getFirst().strip();
            } else if (System.getenv("INNKEEP_PASSWORD") != null) {
                password = System.getenv("INNKEEP_PASSWORD");
            } else if (System.console() != null) {
                password = new String(System.console().readPassword("Password for %s: ", root().user));
            } else {
                password = new BufferedReader(new InputStreamReader(System.in)).readLine();
            }
            try {
                return Http.login(cloud(), root().user, password);
            } catch (RuntimeException e) {
                throw new IllegalStateException("the cloud at " + cloud() + " refused the login of " + root().user);
            }
        }

        /** The answer's JSON, or the cloud's own words as the error. */
        Object answer(Http.Answer answer) {
            if (answer.status() / 100 != 2) {
                Object body = answer.body().startsWith("{") ? Json.parse(answer.body()) : null;
                throw new IllegalStateException(
                        body instanceof Map<?, ?> m && m.get("detail") != null
                                ? String.valueOf(m.get("detail"))
                                : "the cloud answered " + answer.status());
            }
            return answer.body().isBlank() ? null : Json.parse(answer.body());
        }
    }

    @Command(
            name = "properties",
            description = "Every property with its backup flag and its standbys' health (version, last seen, lag in"
                    + " events and minutes). Support staff.")
    static class Properties extends Base {
        @Override
        public Integer call() throws Exception {
            String token = token();
            List<?> properties = (List<?>) answer(Http.get(cloud(), "/api/v1/admin/properties", token));
            List<?> devices = (List<?>) answer(Http.get(cloud(), "/api/v1/admin/devices", token));
            for (Object p : properties) {
                Map<?, ?> property = (Map<?, ?>) p;
                out().printf(
                                "%-6s %-30s backup %s%n",
                                property.get("code"),
                                property.get("name"),
                                Boolean.TRUE.equals(property.get("backupEnabled")) ? "ON" : "off");
                boolean any = false;
                for (Object d : devices) {
                    Map<?, ?> device = (Map<?, ?>) d;
                    if (property.get("code").equals(device.get("property"))) {
                        any = true;
                        out().printf(
                                        "       standby #%s %-20s version %s, last seen %s, %s events / %s min behind%s%n",
                                        device.get("id"),
                                        device.get("name"),
                                        version(device),
                                        device.get("lastSeenAt") == null ? "never" : device.get("lastSeenAt"),
                                        device.get("lagEvents"),
                                        device.get("lagMinutes") == null ? "?" : device.get("lagMinutes"),
                                        device.get("revokedAt") == null ? "" : " (revoked)");
                    }
                }
                if (!any) {
                    out().println("       no standby paired");
                }
            }
            return 0;
        }
    }

    @Command(
            name = "backup-flag",
            description = "Turn a property's backup flag on or off (audit-logged). Support staff.")
    static class BackupFlag extends Base {
        @Parameters(index = "0", description = "Property code, e.g. SEA.")
        String property;

        @Parameters(index = "1", description = "on or off.")
        String state;

        @Override
        public Integer call() throws Exception {
            if (!state.equals("on") && !state.equals("off")) {
                throw new IllegalArgumentException("say on or off, not " + state);
            }
            answer(Http.put(
                    cloud(),
                    "/api/v1/admin/properties/" + property + "/backup",
                    token(),
                    Map.of("enabled", state.equals("on"))));
            out().println("Backup flag of " + property + " is " + state.toUpperCase(java.util.Locale.ROOT) + ".");
            return 0;
        }
    }

    @Command(
            name = "pairing-code",
            description = "Make a one-time pairing code (15 minutes) for a property's standby. Property admin.")
    static class PairingCode extends Base {
        @Parameters(index = "0", description = "Property code, e.g. SEA.")
        String property;

        @Override
        public Integer call() throws Exception {
            Map<?, ?> code = (Map<?, ?>)
                    answer(Http.post(cloud(), "/api/v1/properties/" + property + "/pairing-codes", token(), Map.of()));
            out().println("Pairing code for " + property + ": " + code.get("code") + " (valid until "
                    + code.get("expiresAt") + ")");
            return 0;
        }
    }

    @Command(
            name = "devices",
            description = "A property's standbys with their health (version, last seen, lag). Property admin.")
    static class Devices extends Base {
        @Parameters(index = "0", description = "Property code, e.g. SEA.")
        String property;

        @Override
        public Integer call() throws Exception {
            List<?> devices =
                    (List<?>) answer(Http.get(cloud(), "/api/v1/properties/" + property + "/devices", token()));
            if (devices.isEmpty()) {
                out().println("No standby is paired with " + property + ".");
            }
            for (Object d : devices) {
                Map<?, ?> device = (Map<?, ?>) d;
                out().printf(
                                "#%s %-20s version %s, paired %s, last seen %s, %s events behind%s%n",
                                device.get("id"),
                                device.get("name"),
                                version(device),
                                device.get("pairedAt"),
                                device.get("lastSeenAt") == null ? "never" : device.get("lastSeenAt"),
                                device.get("lagEvents"),
                                device.get("revokedAt") == null ? "" : " (revoked)");
            }
            return 0;
        }
    }

    @Command(
            name = "revoke",
            description = "Revoke a standby's credential: it can no longer read the feed until paired again. With"
                    + " --property as that property's admin, without it as support staff.")
    static class Revoke extends Base {
        @Parameters(index = "0", description = "Device number (see devices / properties).")
        long device;

        @Option(names = "--property", description = "The device's property (property admins).")
        String property;

        @Override
        public Integer call() throws Exception {
            String path = property == null
                    ? "/api/v1/admin/devices/" + device + "/revoke"
                    : "/api/v1/properties/" + property + "/devices/" + device + "/revoke";
            answer(Http.post(cloud(), path, token(), Map.of()));
            out().println("Standby #" + device + " revoked.");
            return 0;
        }
    }

    /** The release a standby last told the cloud it runs, "unknown" when it never said (the pages say the same). */
    static Object version(Map<?, ?> device) {
        return device.get("standbyVersion") == null ? "unknown" : device.get("standbyVersion");
    }
}
