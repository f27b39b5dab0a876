package app.innkeep.ops.demo;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Hotel;
import app.innkeep.ops.run.Http;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outage story of the product brief, narrated, on embedded defaults: the cloud on Derby and the standby on
 * encrypted Derby, each in its own JVM, talking real HTTP through a link the demo cuts to simulate the outage. It ends
 * by saying where the re-entry PDFs are; {@code --keep-running} leaves both apps up with their addresses and logins.
 */
public final class OutageDemo {

    private static final Pattern D_NUMBER = Pattern.compile("/bookings/(D\\d+)\\?");

    private final Path out;
    private final long started = System.nanoTime();
    private AppProcess cloud;
    private AppProcess standby;
    private CloudLink link;
    private final Map<String, String> cloudLogins = new HashMap<>();
    private final Map<String, String> standbyLogins = new LinkedHashMap<>();

    private OutageDemo(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        boolean keepRunning = List.of(args).contains("--keep-running");
        if (List.of(args).contains("--help")) {
            System.out.println("""
                    Usage: ops/bin/innkeep demo [--keep-running]

                    Plays the outage story: the cloud and the standby start (embedded Derby, the demo hotel SEA), the
                    standby pairs and syncs, the internet goes down, the front desk works on the standby, online
                    bookings keep arriving in the cloud, the connection returns, the night auditor prints the
                    re-entry reports and lets the assistant bring the cloud up to date, then signs off.
                    It ends by saying where the PDFs are (about a minute).

                      --keep-running   leave the cloud and the standby running afterwards and print their
                                       addresses and logins (stop with Ctrl+C)""");
            return;
        }
        Path root = Path.of(System.getProperty(
                "innkeep.demo.output",
                AppProcess.repositoryRoot().resolve("demo-output").toString()));
        Path out = root.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(out);
        OutageDemo demo = new OutageDemo(out);
        try {
            demo.play();
            if (keepRunning) {
                demo.keepRunning();
            }
        } finally {
            if (!keepRunning) {
                demo.stop();
            }
        }
    }

    private void play() throws Exception {
        say("Innkeep outage demo. Everything it makes goes to " + out);
        say("Starting the cloud service (embedded Derby, demo hotel SEA: Seaside Inn)...");
        cloud = AppProcess.start(
                "cloud",
                "cloud-service",
                "app.innkeep.cloud.CloudApplication",
                Map.of("INNKEEP_DATA_DIR", out.resolve("cloud").toString(), "INNKEEP_DEMO_SEED", "true"),
                out.resolve("logs"),
                portOr(8080));
        for (String line : Files.readAllLines(out.resolve("cloud").resolve("demo-logins.txt"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                cloudLogins.put(line.split(" ")[0], line.split(" ")[1]);
            }
        }
        String support = cloudToken("support");
        String admin = cloudToken("sea.admin");
        String desk = cloudToken("sea.frontdesk");
        LocalDate today = LocalDate.parse(
                Http.get(cloud.uri(), "/api/v1/properties/SEA", desk).json().requiredString("businessDate"));
        say("  cloud at " + cloud.uri() + ", business date " + today);
        String arriving = book(desk, "Ingrid", "Berg", today, 2, null);
        String leaving = book(desk, "Tomás", "Ruiz", today.plusDays(5), 2, null);

        say("Support staff turn on SEA's backup flag (audit-logged); without it no standby can pair.");
        Http.put(cloud.uri(), "/api/v1/admin/properties/SEA/backup", support, Map.of("enabled", true));

        link = new CloudLink(cloud.uri().getPort());
        say("Starting the desktop standby on the front-desk PC (encrypted Derby)...");
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
                portOr(8090));
        String operator = Http.operatorToken(standbyData);
        String code = Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", admin, Map.of())
                .json()
                .requiredString("code");
        say("The property admin makes a one-time pairing code (" + code
                + ") and enters it on the standby: Set backup.");
        var paired = Http.post(
                standby.uri(),
                "/api/pair",
                operator,
                Map.of("cloudUrl", "http://127.0.0.1:" + link.port(), "code", code, "deviceName", "Front desk PC"));
        say("  the standby downloaded a snapshot of SEA and is in step with the cloud ("
                + ((Map<?, ?>) Json.parse(paired.body())).get("message") + ")");
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
            standbyLogins.put(login[0] + " (" + login[2] + ")", password);
        }
        writeOwnerOnly(out.resolve("standby-logins.txt"), standbyLogins);
        say("  standby logins for the front desk, the night auditor and the admin: "
                + out.resolve("standby-logins.txt"));

        say("");
        say("10:40 — the internet goes down. The front desk switches to the standby.");
        link.cut();
        DeskClient anna = DeskClient.login(standby.uri(), "anna", standbyLogins.get("anna (FRONT_DESK)"));
        String home = anna.get("/").body();
        Matcher asOf = Pattern.compile("Data as of <span>([^<]*)</span>").matcher(home);
        say("  every page says: Data as of " + (asOf.find() ? asOf.group(1) : "?"));
        expect(anna.form("/outage/start", Map.of("reason", "internet down since 10:40")), "start outage mode");
        say("  Anna starts outage mode (reason recorded); a red banner now says so on every page.");
        String room = freeRoom(operator, arriving, null);
        expect(anna.form("/bookings/" + arriving + "/check-in", Map.of("room", room)), "check in");
        save(anna, "/bookings/" + arriving + "/registration-card.pdf", "registration-card-" + arriving + ".pdf");
        say("  checks in Ingrid Berg (" + arriving + ") to room " + room + " and prints her registration card;");
        String walkInRoom = freeRoom(operator, arriving, room);
        var walkIn = expect(
                anna.form(
                        "/walk-in",
                        Map.of(
                                "firstName", "Zoë",
                                "lastName", "Ångström",
                                "room", walkInRoom,
                                "departure", today.plusDays(1).toString(),
                                "rate", "120.00")),
                "walk-in");
        Matcher d = D_NUMBER.matcher(walkIn.location());
        String dNumber = d.find() ? d.group(1) : "?";
        say("  takes a walk-in, Zoë Ångström, who gets " + dNumber + " and room " + walkInRoom + ";");
        expect(anna.form("/bookings/" + dNumber + "/charges", Map.of("item", "RENT", "unitPrice", "120.00")), "RENT");
        expect(anna.form("/bookings/" + dNumber + "/charges", Map.of("item", "MINIBAR", "quantity", "2")), "MINIBAR");
        expect(
                anna.form(
                        "/bookings/" + dNumber + "/payments",
                        Map.of("receiptType", "VISA", "amount", "132.00", "cardLast4", "4242")),
                "VISA");
        save(anna, "/bookings/" + dNumber + "/folio.pdf", "folio-" + dNumber + ".pdf");
        say("  posts RENT 120.00 and MINIBAR 2 × 6.00, takes 132.00 by VISA (card ••••4242 — the last four only);");
        expect(anna.form("/bookings/" + leaving + "/cancel", Map.of("reason", "guest called")), "cancel");
        say("  and cancels Tomás Ruiz (" + leaving + ") who phoned. Each action is one journal entry.");

        say("Meanwhile the cloud keeps selling: a channel books room " + walkInRoom
                + " for tonight, and a web guest pays a deposit.");
        String online = book(desk, "Lena", "Fischer", today, 1, walkInRoom);
        onlineBooking(desk, today);

        say("");
        say("15:10 — the connection returns. The standby pulls what happened in the cloud.");
        link.restore();
        var synced = Http.post(standby.uri(), "/api/sync-now", operator, null).json();
        say("  sync: " + synced.requiredString("message"));
        DeskClient nina = DeskClient.login(standby.uri(), "nina", standbyLogins.get("nina (NIGHT_AUDITOR)"));
        expect(nina.form("/outage/end", Map.of("note", "connection back at 15:10")), "end outage mode");
        say("  Nina, the night auditor, ends outage mode. The collision report shows room " + walkInRoom
                + " sold twice (" + dNumber + " and " + online + ").");
        for (String report : List.of("room-bookings", "financials", "items", "collisions")) {
            save(nina, "/reports/" + report + ".pdf", report + ".pdf");
            save(nina, "/reports/" + report + ".csv", report + ".csv");
        }
        say("  she prints the re-entry reports (room bookings, financials, items) and the collision report.");

        String outage = String.valueOf(((Map<?, ?>)
                        ((Map<?, ?>) Json.parse(Http.get(standby.uri(), "/api/desk/outage", operator)
                                        .body()))
                                .get("outage"))
                .get("id"));
        expect(nina.form("/reentry/" + outage + "/assisted", Map.of("assisted", "true")), "assistant on");
        expect(nina.form("/reentry/" + outage + "/run", Map.of()), "run the assistant");
        say("  The re-entry assistant posts what does not collide; the walk-in waits for her decision.");
        String conflict = nina.get("/reentry/conflicts/" + dNumber).body();
        Matcher free = Pattern.compile("<option value=\"(\\d+)\"").matcher(conflict);
        if (free.find()) {
            expect(
                    nina.form("/reentry/" + outage + "/conflicts/" + dNumber, Map.of("newRoom", free.group(1))),
                    "resolve");
            say("  She moves the walk-in to room " + free.group(1) + " and runs the assistant again.");
        }
        expect(nina.form("/reentry/" + outage + "/run", Map.of()), "run the assistant");
        expect(nina.form("/reentry/" + outage + "/verify", Map.of()), "closing check");
        String page = nina.get("/reentry").body();
        Matcher report = Pattern.compile("id=\"verify-report\">([^<]*)<").matcher(page);
        say("  closing check: "
                + (report.find() ? report.group(1).strip().lines().findFirst().orElse("") : "?"));
        var signed = nina.form("/reentry/" + outage + "/sign-off", Map.of());
        say(signed.status() == 303 ? "  She signs the re-entry off." : "  Sign-off refused: see the re-entry page.");

        List<?> found = (List<?>) Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings?q=" + dNumber, desk)
                .body());
        String became = found.isEmpty() ? "?" : String.valueOf(((Map<?, ?>) found.getFirst()).get("confirmation"));
        say("");
        say("Done in " + (System.nanoTime() - started) / 1_000_000_000 + " s. In the cloud, walk-in " + dNumber
                + " is now booking " + became + " (searching " + dNumber + " finds it), with its charges and"
                + " payment once each, dated when they happened.");
        say("The PDFs and CSVs (registration card, folio, re-entry reports, collision report) are in " + out);
        say("Logs of both apps: " + out.resolve("logs"));
    }

    private void keepRunning() throws InterruptedException {
        say("");
        say("Both apps keep running (stop with Ctrl+C):");
        say("  cloud    " + cloud.uri() + "   logins (user password): "
                + out.resolve("cloud").resolve("demo-logins.txt"));
        say("  standby  " + standby.uri() + "   logins:");
        standbyLogins.forEach((user, password) -> say("           " + user + "  " + password));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        Thread.currentThread().join();
    }

    private void stop() {
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

    private String cloudToken(String user) {
        return Http.login(cloud.uri(), user, cloudLogins.get(user));
    }

    private String book(String token, String first, String last, LocalDate arrival, int nights, String room) {
        return Hotel.book(
                cloud.uri(), token, first, last, room == null ? "PHONE" : "BOOKING", arrival, nights, room, "129.00");
    }

    private void onlineBooking(String token, LocalDate today) throws IOException, InterruptedException {
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

    private String freeRoom(String operator, String confirmation, String except) {
        return except == null
                ? Hotel.freeCleanRoom(standby.uri(), operator, confirmation)
                : Hotel.freeCleanRoom(standby.uri(), operator, confirmation, except);
    }

    private void save(DeskClient client, String path, String name) throws IOException {
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

    private static DeskClient.Page expect(DeskClient.Page page, String what) {
        if (page.status() != 303) {
            throw new IllegalStateException(what + " was refused (" + page.status() + "); see the standby's log");
        }
        return page;
    }

    private void say(String line) {
        long s = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("[%02d:%02d] %s%n", s / 60, s % 60, line);
    }

    private static int portOr(int preferred) {
        try (ServerSocket probe = new ServerSocket(preferred)) {
            return preferred;
        } catch (IOException taken) {
            return 0;
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
                text.append(user.split(" ")[0]).append(' ').append(password).append('\n'));
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, text);
    }
}
