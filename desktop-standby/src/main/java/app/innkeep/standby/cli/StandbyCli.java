package app.innkeep.standby.cli;

import app.innkeep.model.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The property admin's command line for a running standby on this PC: set backup, status, sync now, full resync,
 * restart the sync service, master-data mismatches and adoption. It talks to the standby's local HTTP port.
 */
@Command(
        name = "standby",
        mixinStandardHelpOptions = true,
        // Every subcommand gets --help and --version too.
        scope = CommandLine.ScopeType.INHERIT,
        version = "Innkeep standby CLI 0.1",
        description = "Operate the Innkeep desktop standby running on this PC.",
        subcommands = {
            StandbyCli.Status.class,
            StandbyCli.Pair.class,
            StandbyCli.Sync.class,
            StandbyCli.Resync.class,
            StandbyCli.RestartSync.class,
            StandbyCli.Mismatches.class,
            StandbyCli.Adopt.class,
            StandbyCli.Staff.class,
            StandbyCli.Report.class,
            StandbyCli.Backup.class,
            StandbyCli.Compare.class
        })
public class StandbyCli {

    @Option(
            names = "--standby",
            description = "Address of the running standby (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:INNKEEP_STANDBY_URL:-http://127.0.0.1:8090}",
            scope = CommandLine.ScopeType.INHERIT)
    String standby;

    @Option(
            names = "--data-dir",
            description = "The standby's data folder, where it keeps the operator token this CLI sends"
                    + " (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:INNKEEP_STANDBY_DATA_DIR:-standby-data}",
            scope = CommandLine.ScopeType.INHERIT)
    java.nio.file.Path dataDir;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new StandbyCli());
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("standby: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    abstract static class Base implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** The top command's options (--standby, --data-dir), however deep this subcommand is. */
        StandbyCli root() {
            return (StandbyCli) spec.root().userObject();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        Object call(String method, String path, Object body) throws IOException, InterruptedException {
            var builder = HttpRequest.newBuilder(URI.create(root().standby).resolve(path))
                    .timeout(Duration.ofMinutes(30))
                    .header("Authorization", "Bearer " + operatorToken());
            if (body != null) {
                builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
            } else {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response;
            try {
                response = HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException e) {
                throw new IllegalStateException("the standby is not running at " + root().standby + " (start it with: "
                        + SuggestedCommand.START_STANDBY.text() + ")");
            }
            Object json = response.body().isBlank() ? null : Json.parse(response.body());
            if (response.statusCode() / 100 != 2) {
                String detail = json instanceof Map<?, ?> m && m.get("detail") != null
                        ? String.valueOf(m.get("detail"))
                        : response.body();
                throw new IllegalStateException(detail);
            }
            return json;
        }

        /** A report or other file from the standby, as bytes; the standby's refusal becomes the error message. */
        byte[] download(String path) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(root().standby).resolve(path))
                    .timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + operatorToken())
                    .GET()
                    .build();
            HttpResponse<byte[]> response;
            try {
                response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.net.ConnectException e) {
                throw new IllegalStateException("the standby is not running at " + root().standby + " (start it with: "
                        + SuggestedCommand.START_STANDBY.text() + ")");
            }
            if (response.statusCode() / 100 != 2) {
                String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                Object json = body.startsWith("{") ? Json.parse(body) : null;
                throw new IllegalStateException(
                        json instanceof Map<?, ?> m && m.get("detail") != null
                                ? String.valueOf(m.get("detail"))
                                : "the standby answered " + response.statusCode());
            }
            return response.body();
        }

        /** The token the standby wrote to its data folder; only the PC account that runs the standby can read it. */
        String operatorToken() throws IOException {
            java.nio.file.Path file = root().dataDir.resolve("operator.token");
            try {
                return java.nio.file.Files.readString(file).strip();
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalStateException("no operator token at " + file.toAbsolutePath()
                        + ": give the standby's data folder with --data-dir (or INNKEEP_STANDBY_DATA_DIR), and run this"
                        + " as the PC account that runs the standby");
            }
        }

        /** Prints a run result and says whether it succeeded. */
        int run(Object result) {
            Map<?, ?> r = (Map<?, ?>) result;
            out().println(r.get("result") + ": " + r.get("message"));
            return "OK".equals(r.get("result")) ? 0 : 1;
        }
    }

    @Command(
            name = "status",
            description = "Paired property, data as of, feed position, held events, mismatches, last runs.")
    static class Status extends Base {
        @Option(names = "--json", description = "Print the status as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Map<?, ?> s = (Map<?, ?>) call("GET", "/api/status", null);
            if (json) {
                out().println(Json.write(s));
                return 0;
            }
            if (s.get("disk") != null) {
                out().printf("DISK FULL       %s%n", s.get("disk"));
            }
            if (s.get("progress") != null) {
                out().printf("Running         %s%n", s.get("progress"));
            }
            if (!Boolean.TRUE.equals(s.get("paired"))) {
                out().println("Not paired. Make a pairing code in the cloud, then: " + SuggestedCommand.PAIR.text());
                return 1;
            }
            if (s.get("property") == null) {
                // The replica could not be read (the disk above): nothing more to show.
                return 1;
            }
            out().printf("Property        %s %s%n", s.get("property"), s.get("propertyName"));
            out().printf("Cloud           %s (device %s)%n", s.get("cloudUrl"), s.get("deviceId"));
            out().printf("Data as of      %s%n", s.get("dataAsOf"));
            out().printf("Last pull       %s%n", s.get("lastPullAt"));
            out().printf("Feed position   %s of %s%n", s.get("cursor"), s.get("cloudHead"));
            out().printf("Events applied  %s%n", s.get("eventsApplied"));
            out().printf("Next sync       %s%n", s.get("nextRun") == null ? "not scheduled" : s.get("nextRun"));
            if (s.get("stopReason") != null) {
                out().printf("STOPPED         %s%n", s.get("stopReason"));
            }
            if (s.get("cloudSilence") != null) {
                out().printf("CLOUD SILENT    %s%n", s.get("cloudSilence"));
            }
            if (Boolean.TRUE.equals(s.get("bootstrapPending"))) {
                out().println("BOOTSTRAP       not completed yet; the standby starts it again by itself");
            }
            List<?> held = (List<?>) s.get("held");
            out().printf("Held events     %d%n", held == null ? 0 : held.size());
            if (held != null) {
                held.forEach(h -> out().printf(
                                "  #%s %s: %s%n",
                                ((Map<?, ?>) h).get("sequence"),
                                ((Map<?, ?>) h).get("type"),
                                ((Map<?, ?>) h).get("reason")));
            }
            List<?> mismatches = (List<?>) s.get("mismatches");
            out().printf(
                            "Mismatches      %d%s%n",
                            mismatches == null ? 0 : mismatches.size(),
                            mismatches == null || mismatches.isEmpty() ? "" : " (standby mismatches)");
            Object last = s.get("lastRun");
            if (last instanceof Map<?, ?> run) {
                out().printf(
                                "Last run        %s %s at %s: %s%n",
                                run.get("trigger"), run.get("result"), run.get("startedAt"), run.get("message"));
            }
            return s.get("stopReason") == null && s.get("disk") == null ? 0 : 1;
        }
    }

    @Command(name = "pair", description = "Set backup: pair with the cloud using a one-time code, then bootstrap.")
    static class Pair extends Base {
        @Option(names = "--cloud", required = true, description = "The cloud's address, e.g. https://cloud.example")
        String cloud;

        @Option(
                names = "--code",
                required = true,
                description = "The pairing code made in the cloud (valid 15 minutes).")
        String code;

        @Option(
                names = "--name",
                defaultValue = "Front desk PC",
                description = "A name for this PC (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("cloudUrl", cloud);
            body.put("code", code);
            body.put("deviceName", name);
            return run(call("POST", "/api/pair", body));
        }
    }

    @Command(name = "sync", description = "Sync now (waits for a running scheduled sync first).")
    static class Sync extends Base {
        @Override
        public Integer call() throws Exception {
            return run(call("POST", "/api/sync-now", null));
        }
    }

    @Command(
            name = "resync",
            description = "Full resync: replace the replica from a fresh snapshot (the outage journal is kept).")
    static class Resync extends Base {
        @Override
        public Integer call() throws Exception {
            return run(call("POST", "/api/resync", null));
        }
    }

    @Command(name = "restart-sync", description = "Restart the sync service when it is stuck.")
    static class RestartSync extends Base {
        @Override
        public Integer call() throws Exception {
            Map<?, ?> r = (Map<?, ?>) call("POST", "/api/restart-sync", null);
            out().println(r.get("detail"));
            return 0;
        }
    }

    @Command(
            name = "mismatches",
            description = "Master data that differs between the cloud and this standby, field by field.")
    static class Mismatches extends Base {
        @Override
        public Integer call() throws Exception {
            List<?> list = (List<?>) call("GET", "/api/master-data/mismatches", null);
            if (list == null || list.isEmpty()) {
                out().println("No mismatches: inventory items, receipt types, sources and room types match the cloud.");
                return 0;
            }
            for (Object o : list) {
                Map<?, ?> m = (Map<?, ?>) o;
                out().printf("%s %s: %s%n", m.get("kind"), m.get("code"), m.get("problem"));
                for (Object f : (List<?>) m.get("fields")) {
                    Map<?, ?> d = (Map<?, ?>) f;
                    out().printf(
                                    "    %-13s cloud=%-20s standby=%s%n",
                                    d.get("field"), show(d.get("cloud")), show(d.get("standby")));
                }
            }
            return 1;
        }

        private static String show(Object v) {
            return v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
        }
    }

    @Command(name = "adopt", description = "Take the cloud's values: one entry (optionally some fields) or --all.")
    static class Adopt extends Base {
        @Option(names = "--all", description = "Adopt every entry the cloud has.")
        boolean all;

        @Parameters(arity = "0..1", index = "0", description = "inventory-item, receipt-type, source or room-type")
        String kind;

        @Parameters(arity = "0..1", index = "1", description = "The code, e.g. RENT")
        String code;

        @Option(
                names = "--field",
                description = "Only this field (repeatable): description, defaultPrice, card, maxOccupancy, active")
        List<String> fields;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> body = new LinkedHashMap<>();
            if (all) {
                body.put("all", true);
            } else {
                if (kind == null || code == null) {
                    throw new IllegalStateException("give KIND and CODE, or --all");
                }
                body.put("kind", kind);
                body.put("code", code);
                if (fields != null) {
                    body.put("fields", fields);
                }
            }
            Map<?, ?> r = (Map<?, ?>) call("POST", "/api/master-data/adopt", body);
            out().println(r.get("message"));
            return 0;
        }
    }

    @Command(
            name = "staff",
            description = "Standby logins for the front desk: list them, or add or change one.",
            subcommands = {StandbyCli.StaffList.class, StandbyCli.StaffAdd.class})
    static class Staff implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "list", description = "Every standby login with its role, and whether it is locked.")
    static class StaffList extends Base {
        @Override
        public Integer call() throws Exception {
            List<?> all = (List<?>) call("GET", "/api/staff", null);
            if (all == null || all.isEmpty()) {
                out().println("No standby logins yet. Add one: " + SuggestedCommand.STAFF_ADD.text());
                return 0;
            }
            for (Object o : all) {
                Map<?, ?> a = (Map<?, ?>) o;
                out().printf(
                                "%-20s %-14s %s%s%n",
                                a.get("username"),
                                a.get("role"),
                                a.get("displayName"),
                                Boolean.TRUE.equals(a.get("locked")) ? "  (locked)" : "");
            }
            return 0;
        }
    }

    @Command(
            name = "add",
            description = "Add a standby login, or give an existing one a new password, role or name (this also"
                    + " unlocks it). The password is read from the console, or from standard input with"
                    + " --password-stdin; it is never a command-line argument.")
    static class StaffAdd extends Base {
        @Parameters(index = "0", description = "Username: lower-case letters, digits, . - _")
        String username;

        @Option(names = "--name", required = true, description = "Name shown on pages and in the journal.")
        String name;

        @Option(names = "--role", required = true, description = "FRONT_DESK, NIGHT_AUDITOR or ADMIN.")
        String role;

        @Option(names = "--password-stdin", description = "Read the password from standard input (for scripts).")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            String password;
            if (passwordStdin || System.console() == null) {
                password = new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
            } else {
                char[] typed = System.console().readPassword("Password for %s: ", username);
                password = typed == null ? null : new String(typed);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("displayName", name);
            body.put("role", role);
            body.put("password", password);
            Map<?, ?> saved = (Map<?, ?>) call("PUT", "/api/staff/" + username, body);
            out().println(saved.get("message"));
            return 0;
        }
    }

    @Command(
            name = "report",
            description = "Print a report to a file: room-bookings, financials, items (the re-entry reports; the outage"
                    + " window comes from the journal unless --from/--until are given), downtime-pack,"
                    + " master-data-mismatches, collisions.")
    static class Report extends Base {
        @Parameters(index = "0", description = "Which report (see above).")
        String name;

        @Option(names = "--format", defaultValue = "pdf", description = "pdf or csv (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--from", description = "Window start, local time of the property, e.g. 2026-11-23T10:40.")
        String from;

        @Option(names = "--until", description = "Window end, e.g. 2026-11-23T15:10.")
        String until;

        @Option(names = "--out", description = "File or folder to write to (default: the current folder).")
        java.nio.file.Path out;

        @Override
        public Integer call() throws Exception {
            StringBuilder path = new StringBuilder("/reports/" + name + "." + format);
            String sep = "?";
            if (from != null) {
                path.append(sep)
                        .append("from=")
                        .append(java.net.URLEncoder.encode(from, java.nio.charset.StandardCharsets.UTF_8));
                sep = "&";
            }
            if (until != null) {
                path.append(sep)
                        .append("until=")
                        .append(java.net.URLEncoder.encode(until, java.nio.charset.StandardCharsets.UTF_8));
            }
            byte[] bytes = download(path.toString());
            java.nio.file.Path target = out == null ? java.nio.file.Path.of(name + "." + format) : out;
            if (java.nio.file.Files.isDirectory(target)) {
                target = target.resolve(name + "." + format);
            }
            java.nio.file.Files.write(target, bytes);
            out().println("Wrote " + target.toAbsolutePath() + " (" + bytes.length + " bytes)");
            return 0;
        }
    }

    @Command(
            name = "backup",
            description = "Back the replica up now (online, while the standby runs) into its backup folder. The backup"
                    + " opens only with replica.key: keep that file backed up separately.")
    static class Backup extends Base {
        @Override
        public Integer call() throws Exception {
            Map<?, ?> answer = (Map<?, ?>) call("POST", "/api/backup", null);
            out().println("Backed up to " + answer.get("folder"));
            return 0;
        }
    }

    @Command(
            name = "compare",
            description = "Compare the replica with the cloud: syncs, then checks every booking, folio line and room"
                    + " against a full snapshot. Exit code 0 when they are equal, 1 when not.")
    static class Compare extends Base {
        @Override
        public Integer call() throws Exception {
            Map<?, ?> r = (Map<?, ?>) call("POST", "/api/compare", null);
            out().printf(
                            "Compared %s bookings, %s folio lines and %s rooms at sequence %s.%n",
                            r.get("bookings"), r.get("folioLines"), r.get("rooms"), r.get("cloudSequence"));
            if (Boolean.TRUE.equals(r.get("same"))) {
                out().println("The replica equals the cloud.");
                return 0;
            }
            out().println(r.get("differenceCount") + " differences:");
            ((List<?>) r.get("differences")).forEach(d -> out().println("  " + d));
            return 1;
        }
    }
}
