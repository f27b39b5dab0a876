package app.innkeep.ops.e2e;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Hotel;
import app.innkeep.ops.run.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A standby data folder as the previous release left it, checked in under {@code src/test/resources/previous-release}
 * for the upgrade test: the encrypted replica of the demo property SEA (paired and bootstrapped), its throw-away key,
 * the operator token, a login, and an outage's desk work with its journal (a cloud booking checked in, a walk-in with a
 * charge and a payment). {@code facts.properties} says what it holds and which commit made it.
 *
 * <p>Made once by {@link #main}, with the runnable jars of that release, never by the build (README, "The standby on
 * Windows, macOS and Linux"). As it was made for commit eb77a97:
 *
 * <pre>
 * git archive main | tar -x -C /tmp/previous &amp;&amp; (cd /tmp/previous &amp;&amp;
 *     ./mvnw -o -B -q -DskipTests package -pl desktop-standby,cloud-service -am)
 * ./mvnw -o -q -pl ops dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/ops-cp.txt
 * cd ops &amp;&amp; java -cp "target/test-classes:target/classes:$(cat /tmp/ops-cp.txt)" app.innkeep.ops.e2e.PreviousRelease \
 *     /tmp/previous src/test/resources/previous-release $(git rev-parse main)
 * </pre>
 */
final class PreviousRelease {

    static final String RESOURCE = "/previous-release/";
    static final String STAFF = "anna";

    private static final Pattern D_NUMBER = Pattern.compile("/bookings/(D\\d+)");
    /** The folder's secrets and replica; backups, printouts and downtime packs are not part of what an upgrade keeps. */
    private static final List<String> KEPT = List.of("replica", "replica.key", "operator.token");

    private PreviousRelease() {}

    /** What the folder holds, as its generator recorded it. */
    static Properties facts() {
        try (InputStream in = PreviousRelease.class.getResourceAsStream(RESOURCE + "facts.properties")) {
            Properties facts = new Properties();
            facts.load(in);
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unpacks a fresh copy of the folder into {@code target}. */
    static Path copyTo(Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream zip =
                new ZipInputStream(PreviousRelease.class.getResourceAsStream(RESOURCE + "standby-data.zip"))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path to = target.resolve(e.getName()).normalize();
                if (!to.startsWith(target)) {
                    throw new IOException("entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(zip, to);
                }
            }
        }
        return target;
    }

    /**
     * Makes the folder: {@code args[0]} is the previous release's checkout with its runnable jars built, {@code args[1]}
     * the folder to write {@code standby-data.zip} and {@code facts.properties} to, {@code args[2]} the release's
     * commit.
     */
    public static void main(String[] args) throws Exception {
        Path release = Path.of(args[0]).toAbsolutePath();
        Path out = Files.createDirectories(Path.of(args[1]));
        String commit = args[2];
        Path work = Files.createTempDirectory("innkeep-previous-release-");
        Path logs = work.resolve("logs");
        Path data = work.resolve("standby");
        Map<String, String> cloudEnv = Map.of(
                "INNKEEP_DATA_DIR",
                Files.createDirectories(work.resolve("cloud")).toString(),
                "INNKEEP_DEMO_SEED",
                "true");
        Map<String, String> standbyEnv = Map.of(
                "INNKEEP_STANDBY_DATA_DIR", data.toString(),
                "INNKEEP_STANDBY_SYNC_ENABLED", "false",
                "INNKEEP_STANDBY_BACKUP_ENABLED", "false");
        Properties facts = new Properties();
        try (AppProcess cloud = AppProcess.startJar(
                        "previous-cloud",
                        release.resolve("cloud-service/target/cloud-service-0.1.0-SNAPSHOT.jar"),
                        cloudEnv,
                        logs);
                AppProcess standby = AppProcess.startJar(
                        "previous-standby",
                        release.resolve("desktop-standby/target/desktop-standby-0.1.0-SNAPSHOT.jar"),
                        standbyEnv,
                        logs)) {
            Map<String, String> logins = new HashMap<>();
            for (String line : Files.readAllLines(work.resolve("cloud/demo-logins.txt"))) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    logins.put(line.split(" ")[0], line.split(" ")[1]);
                }
            }
            String support = Http.login(cloud.uri(), "support", logins.get("support"));
            String admin = Http.login(cloud.uri(), "sea.admin", logins.get("sea.admin"));
            String frontDesk = Http.login(cloud.uri(), "sea.frontdesk", logins.get("sea.frontdesk"));
            LocalDate today = LocalDate.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA", frontDesk)
                    .json()
                    .requiredString("businessDate"));
            String arriving = Hotel.book(cloud.uri(), frontDesk, "Ingrid", "Upgrade", "WEB", today, 2, null, "99.00");
            Http.put(cloud.uri(), "/api/v1/admin/properties/SEA/backup", support, Map.of("enabled", true));
            String code = Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", admin, Map.of())
                    .json()
                    .requiredString("code");
            String operator = Http.operatorToken(data);
            check(Http.post(
                    standby.uri(),
                    "/api/pair",
                    operator,
                    Map.of("cloudUrl", cloud.uri().toString(), "code", code, "deviceName", "Front desk PC")));
            // A throw-away password: the fixture's login is only listed, never used.
            String password = UUID.randomUUID().toString();
            check(Http.put(
                    standby.uri(),
                    "/api/staff/" + STAFF,
                    operator,
                    Map.of("displayName", "Anna Berg", "role", "FRONT_DESK", "password", password)));
            DeskClient desk = DeskClient.login(standby.uri(), STAFF, password);
            submit(desk, "/outage/start", Map.of("reason", "fibre cut (upgrade fixture)"));
            String room = Hotel.freeCleanRoom(standby.uri(), operator, arriving);
            submit(desk, "/bookings/" + arriving + "/check-in", Map.of("room", room));
            var walkIn = submit(
                    desk,
                    "/walk-in",
                    Map.of(
                            "firstName", "Zoë",
                            "lastName", "Ångström",
                            "room", Hotel.freeCleanRoom(standby.uri(), operator, arriving, room),
                            "departure", today.plusDays(1).toString(),
                            "adults", "1",
                            "source", "WALKIN"));
            Matcher d = D_NUMBER.matcher(walkIn.location());
            if (!d.find()) {
                throw new IllegalStateException("no D-number in " + walkIn.location());
            }
            String dNumber = d.group(1);
            submit(desk, "/bookings/" + dNumber + "/charges", Map.of("item", "MINIBAR", "quantity", "2"));
            submit(
                    desk,
                    "/bookings/" + dNumber + "/payments",
                    Map.of("receiptType", "VISA", "amount", "50.00", "cardLast4", "4242"));

            Map<?, ?> outage = (Map<?, ?>) Json.parse(
                    Http.get(standby.uri(), "/api/desk/outage", operator).body());
            List<?> entries = (List<?>) outage.get("entries");
            Map<?, ?> file = (Map<?, ?>) Json.parse(Http.get(standby.uri(), "/api/desk/bookings/" + dNumber, operator)
                    .body());
            facts.setProperty("commit", commit);
            facts.setProperty("businessDate", today.toString());
            facts.setProperty("checkedIn", arriving);
            facts.setProperty("checkedInRoom", room);
            facts.setProperty("walkIn", dNumber);
            facts.setProperty("walkInBalance", ((BigDecimal) file.get("balance")).toPlainString());
            facts.setProperty("walkInFolioLines", String.valueOf(((List<?>) file.get("folio")).size()));
            facts.setProperty("journalEntries", String.valueOf(entries.size()));
            facts.setProperty(
                    "journalActions",
                    String.join(
                            ",",
                            entries.stream()
                                    .map(e -> (String) ((Map<?, ?>) e).get("action"))
                                    .toList()));
            facts.setProperty("staff", STAFF);
        }
        try (OutputStream zip = Files.newOutputStream(out.resolve("standby-data.zip"))) {
            zipFolder(data, zip);
        }
        try (OutputStream props = Files.newOutputStream(out.resolve("facts.properties"))) {
            facts.store(props, "A standby data folder made by release " + commit + " (PreviousRelease.main)");
        }
        System.out.println("Previous release's folder in " + out + ": " + facts);
    }

    private static DeskClient.Page submit(DeskClient desk, String path, Map<String, String> fields) {
        DeskClient.Page page = desk.formOnce(path, UUID.randomUUID().toString(), fields);
        if (page.status() != 303) {
            throw new IllegalStateException(path + " answered " + page.status() + ": " + page.body());
        }
        return page;
    }

    private static void check(Http.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException(answer.status() + ": " + answer.body());
        }
    }

    private static void zipFolder(Path data, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> all = Files.walk(data)) {
            for (Path p : all.sorted().toList()) {
                Path relative = data.relativize(p);
                if (relative.toString().isEmpty()
                        || !KEPT.contains(relative.getName(0).toString())) {
                    continue;
                }
                // Zip names use '/' whatever the OS (the zip format says so).
                String name = String.join(
                        "/",
                        Stream.iterate(0, i -> i < relative.getNameCount(), i -> i + 1)
                                .map(i -> relative.getName(i).toString())
                                .toList());
                if (Files.isDirectory(p)) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(p, zip);
                }
                zip.closeEntry();
            }
        }
    }
}
