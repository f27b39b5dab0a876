package app.innkeep.ops.demo;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Hotel;
import app.innkeep.ops.run.Http;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every narrated demo stands on: the cloud (embedded Derby, demo hotel SEA) and the standby (encrypted Derby) in
 * their own JVMs, the standby paired through a link the demo can cut, staff logins on both sides, and the narration.
 * The story's times are the hotel's own (its time zone, HH:mm), the ones the pages show; sequences and milliseconds go
 * to the technical summary at the end.
 */
final class DemoStage implements AutoCloseable {

    private static final Pattern D_NUMBER = Pattern.compile("/bookings/(D\\d+)\\?");
    private static final Pattern RECORDED_AT =
            Pattern.compile("recorded in the outage journal at <span>(\\d\\d:\\d\\d)</span>");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    final Path out;
    private final long started = System.nanoTime();
    AppProcess cloud;
    AppProcess standby;
    CloudLink link;
    String operator;
    private final Map<String, String> cloudLogins = new HashMap<>();
    private final Map<String, String> standbyLogins = new LinkedHashMap<>();
    private final List<String> technical = new ArrayList<>();
    private ZoneId zone = ZoneId.of("UTC");

    private DemoStage(Path out) {
        this.out = out;
    }

    /** A stage whose output goes to a new folder named after the time, under {@code innkeep.demo.output}. */
    static DemoStage create() throws IOException {
        Path root = Path.of(System.getProperty(
                "innkeep.demo.output",
                AppProcess.repositoryRoot().resolve("demo-output").toString()));
        Path out = root.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(out);
        return new DemoStage(out);
    }

    /** Starts the cloud with the demo hotel seeded; returns its business date. */
    LocalDate startCloud() throws IOException {
        say("Innkeep outage demo. Everything it makes goes to " + out);
        say("Starting the cloud service (embedded Derby, demo hotel SEA: Seaside Inn)...");
        DemoPorts.Choice port = DemoPorts.choose(System.getenv(), "MICRONAUT_SERVER_PORT", 8080);
        cloud = AppProcess.start(
                "cloud",
                "cloud-service",
                "app.innkeep.cloud.CloudApplication",
                Map.of(
                        "INNKEEP_DATA_DIR",
                        out.resolve("cloud").toString(),
                        "INNKEEP_DEMO_SEED",
                        "true",
                        // The cloud treats a standby silent this long as cut off and leaves it the day's close (a demo
                        // day is seconds).
                        "INNKEEP_NIGHT_AUDIT_STANDBY_SILENCE",
                        "1s"),
                out.resolve("logs"),
                port.port());
        for (String line : Files.readAllLines(out.resolve("cloud").resolve("demo-logins.txt"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                cloudLogins.put(line.split(" ")[0], line.split(" ")[1]);
            }
        }
        var property = Http.get(cloud.uri(), "/api/v1/properties/SEA", cloudToken("sea.frontdesk"))
                .json();
        LocalDate today = LocalDate.parse(property.requiredString("businessDate"));
        zone = ZoneId.of(property.requiredString("timeZone"));
        say("  " + port.said("the cloud listens", cloud.uri().getPort()) + ": " + cloud.uri());
        say("  business date " + today + "; the hotel's clock (" + zone + ") says " + clock()
                + ", and the story's times below are the hotel's, as its pages show them.");
        return today;
    }

    /** Turns the backup flag on, starts the standby, pairs it through the link and makes its staff logins. */
    void startStandby() throws IOException {
        say("Support staff turn on SEA's backup flag (audit-logged); without it no standby can pair.");
        Http.put(cloud.uri(), "/api/v1/admin/properties/SEA/backup", cloudToken("support"), Map.of("enabled", true));

        link = new CloudLink(cloud.uri().getPort());
        say("Starting the desktop standby on the front-desk PC (encrypted Derby)...");
        DemoPorts.Choice port = DemoPorts.choose(System.getenv(), "INNKEEP_STANDBY_PORT", 8090);
        Path standbyData = out.resolve("standby");
        standby = AppProcess.start(
                "standby",
                "desktop-standby",
                "app.innkeep.standby.StandbyApplication",
                Map.of(
                        "INNKEEP_STANDBY_DATA_DIR",
                        standbyData.toString(),
                        "INNKEEP_STANDBY_SYNC_JITTER",
                        "0s",
                        "INNKEEP_STANDBY_OUTAGE_PROPOSE_AFTER",
                        "1m"),
                out.resolve("logs"),
                port.port());
        say("  " + port.said("the standby listens", standby.uri().getPort()) + ": " + standby.uri());
        operator = Http.operatorToken(standbyData);
        String code = Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", cloudToken("sea.admin"), Map.of())
                .json()
                .requiredString("code");
        say("The property admin makes a one-time pairing code (" + code
                + ") and enters it on the standby: Set backup.");
        var paired = Http.post(
                standby.uri(),
                "/api/pair",
                operator,
                Map.of("cloudUrl", "http://127.0.0.1:" + link.port(), "code", code, "deviceName", "Front desk PC"));
        say("  the standby downloaded a copy of SEA's bookings, folios and rooms and is in step with the cloud.");
        technical("pairing: " + ((Map<?, ?>) Json.parse(paired.body())).get("message"));
        for (String[] login : new String[][] {
            {"anna", "Anna Berg", "FRONT_DESK"},
            {"nina", "Nina Night", "NIGHT_AUDITOR"},
            {"admin", "Alex Admin", "ADMIN"}
        }) {
            String password = password();
            Http.put(
                    standby.uri(),
                    "/api/staff/" + login[0],
                    operator,
                    Map.of("displayName", login[1], "role", login[2], "password", password));
            standbyLogins.put(login[0], password);
        }
        writeOwnerOnly(out.resolve("standby-logins.txt"), standbyLogins);
        say("  standby logins for the front desk, the night auditor and the admin: "
                + out.resolve("standby-logins.txt"));
    }

    /** A standby desk session of one of the demo's staff: anna (front desk), nina (night auditor), admin. */
    DeskClient desk(String username) {
        return DeskClient.login(standby.uri(), username, standbyLogins.get(username));
    }

    String cloudToken(String user) {
        return Http.login(cloud.uri(), user, cloudLogins.get(user));
    }

    /** A cloud booking made by the front desk; a room given means a channel sold it. */
    String book(String token, String first, String last, LocalDate arrival, int nights, String room) {
        return Hotel.book(
                cloud.uri(), token, first, last, room == null ? "PHONE" : "BOOKING", arrival, nights, room, "129.00");
    }

    /** A web guest books in ten days and pays a deposit, through the cloud's online-booking intake. */
    void onlineBooking(String token, LocalDate today) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("guest", Map.of("firstName", "Ines", "lastName", "Costa"));
        body.put("source", "WEB");
        body.put("roomType", "STD");
        body.put("arrival", today.plusDays(10).toString());
        body.put("departure", today.plusDays(12).toString());
        body.put("adults", 2);
        body.put("rate", new BigDecimal("129.00"));
        body.put("deposit", Map.of("receiptType", "VISA", "amount", new BigDecimal("129.00"), "cardLast4", "1881"));
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(cloud.uri() + "/api/v1/properties/SEA/online-bookings"))
                                .header("Authorization", "Bearer " + token)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    String freeRoom(String confirmation, String except) {
        return except == null
                ? Hotel.freeCleanRoom(standby.uri(), operator, confirmation)
                : Hotel.freeCleanRoom(standby.uri(), operator, confirmation, except);
    }

    /** The D-number a walk-in or reservation form answered with (the booking page it redirects to). */
    static String dNumber(DeskClient.Page answer) {
        Matcher d = D_NUMBER.matcher(answer.location());
        return d.find() ? d.group(1) : "?";
    }

    /** The open outage's ID, from the standby's desk API. */
    String openOutage() {
        return String.valueOf(((Map<?, ?>) ((Map<?, ?>) Json.parse(Http.get(standby.uri(), "/api/desk/outage", operator)
                                .body()))
                        .get("outage"))
                .get("id"));
    }

    /** The cloud booking a D-number became (searching the D-number finds it), or "?". */
    String cloudBookingOf(String dNumber) {
        List<?> found = (List<?>) Json.parse(
                Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings?q=" + dNumber, cloudToken("sea.frontdesk"))
                        .body());
        return found.isEmpty() ? "?" : String.valueOf(((Map<?, ?>) found.getFirst()).get("confirmation"));
    }

    void save(DeskClient client, String path, String name) throws IOException {
        HttpResponse<byte[]> file;
        try {
            file = client.download(path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (file.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + file.statusCode());
        }
        Files.write(out.resolve(name), file.body());
    }

    static DeskClient.Page expect(DeskClient.Page page, String what) {
        if (page.status() != 303) {
            throw new IllegalStateException(what + " was refused (" + page.status() + "); see the standby's log");
        }
        return page;
    }

    void say(String line) {
        System.out.println(line);
    }

    /** The hotel's time now (HH:mm in its time zone), as the pages show it. */
    String clock() {
        return HH_MM.format(Instant.now().atZone(zone));
    }

    /**
     * The time the standby's page shows for a desk action ("recorded in the outage journal at 19:07"), read from the
     * page the form led to; the hotel's clock if the page does not say.
     */
    String recordedAt(DeskClient client, DeskClient.Page answer) {
        Matcher at = RECORDED_AT.matcher(client.get(answer.location()).body());
        return at.find() ? at.group(1) : clock();
    }

    /** A line for the technical summary at the end (sequences, timings), kept out of the story. */
    void technical(String line) {
        technical.add(line);
    }

    /** The technical summary: how long the demo took and what the machinery reported on the way. */
    void summary() {
        say("");
        say("Technical summary: the demo took " + seconds() + " s; " + String.join("; ", technical) + ".");
    }

    long seconds() {
        return (System.nanoTime() - started) / 1_000_000_000;
    }

    /** Leaves both apps up, prints their addresses and logins, and waits for Ctrl+C. */
    void keepRunning() throws InterruptedException {
        say("");
        say("Both apps keep running (stop with Ctrl+C):");
        say("  cloud    " + cloud.uri() + "   logins (user password): "
                + out.resolve("cloud").resolve("demo-logins.txt"));
        say("  standby  " + standby.uri() + "   logins:");
        standbyLogins.forEach((user, password) -> say("           " + user + "  " + password));
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        Thread.currentThread().join();
    }

    @Override
    public void close() {
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

    private static String password() {
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void writeOwnerOnly(Path file, Map<String, String> logins) throws IOException {
        StringBuilder text = new StringBuilder("# Standby logins of this demo (user password)\n");
        logins.forEach((user, password) ->
                text.append(user).append(' ').append(password).append('\n'));
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, text);
    }
}
