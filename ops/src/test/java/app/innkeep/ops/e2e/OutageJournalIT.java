package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Hotel;
import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The front desk's outage work on a real standby paired with a real cloud, over HTTP as the browser sends it: one
 * journal entry per action and none for a second send of the same form, bad input refused with nothing written, the
 * cloud's later changes flagged instead of overwriting the desk's, and the journal, the desk's work and the D-number
 * sequence surviving a restart and a full resync. The journal's append-only rule is checked in the database itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutageJournalIT {

    private static final Pattern D_NUMBER = Pattern.compile("/bookings/(D\\d+)\\?");
    private static final String DESK_PASSWORD = "desk-password-1";
    private static final String AUDIT_PASSWORD = "audit-password-1";

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    String cloudDesk;
    LocalDate today;
    String arriving;
    String toCancel;
    String walkIn;
    DeskClient desk;
    int entries;

    @BeforeAll
    void startBoth() throws Exception {
        dir = Files.createTempDirectory("innkeep-e2e-outage-");
        cloud = DemoCloud.start("cloud-outage", dir, Map.of());
        cloudDesk = cloud.token("sea.frontdesk");
        today = cloud.businessDate();
        cloud.enableBackup();
        arriving = book("Journal", today, 2);
        toCancel = book("Cancelme", today.plusDays(3), 1);

        standby = startStandby();
        cloud.pair(standby, dir.resolve("standby"));
        DemoCloud.staff(standby, dir.resolve("standby"), "dana", "Dana Desk", "FRONT_DESK", DESK_PASSWORD);
        DemoCloud.staff(standby, dir.resolve("standby"), "nico", "Nico Night", "NIGHT_AUDITOR", AUDIT_PASSWORD);
        desk = DeskClient.login(standby.uri(), "dana", DESK_PASSWORD);
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
    void normalModeIsReadOnly() {
        var refused = desk.form("/bookings/" + arriving + "/check-in", Map.of("room", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("outage mode is not on");
        assertThat(bookingStatus(arriving)).isEqualTo("RESERVED");
        assertThat(Http.get(standby.uri(), "/api/desk/outage", operator()).status())
                .isEqualTo(404);
        assertThat(desk.get("/").body()).contains("Data as of").contains("Journal, E2E");
    }

    @Test
    @Order(2)
    void everyActionWritesOneJournalEntryAndASecondSendOfTheSameFormWritesNone() {
        once("/outage/start", Map.of("reason", "internet down since 10:40"));
        assertThat(desk.get("/").body()).contains("OUTAGE MODE");

        String room = cleanFreeRoom(arriving);
        once("/bookings/" + arriving + "/check-in", Map.of("room", room));
        assertThat(bookingStatus(arriving)).isEqualTo("CHECKED_IN");

        var walkInAnswer = once(
                "/walk-in",
                Map.of(
                        "firstName", "Zoë",
                        "lastName", "Ångström",
                        "room", cleanFreeRoom(arriving, room),
                        "departure", today.plusDays(1).toString(),
                        "adults", "2",
                        "source", "WALKIN"));
        Matcher d = D_NUMBER.matcher(walkInAnswer.location());
        assertThat(d.find()).as(walkInAnswer.location()).isTrue();
        walkIn = d.group(1);
        assertThat(bookingStatus(walkIn)).isEqualTo("CHECKED_IN");

        String folio = "/bookings/" + walkIn;
        once(folio + "/charges", Map.of("item", "RENT", "quantity", "1", "unitPrice", "120.00"));
        once(folio + "/charges", Map.of("item", "MINIBAR", "quantity", "2"));
        long minibar = lineId(walkIn, "MINIBAR");
        once(folio + "/lines/" + minibar + "/void", Map.of("reason", "not taken"));
        once(folio + "/payments", Map.of("receiptType", "VISA", "amount", "120.00", "cardLast4", "4242"));
        long visa = lineId(walkIn, "VISA");
        once(folio + "/lines/" + visa + "/refund", Map.of("amount", "20.00", "reason", "goodwill"));
        assertThat(balance(walkIn)).isEqualByComparingTo("20.00");
        once(folio + "/check-out", Map.of("receiptType", "CASH", "cardLast4", ""), 3);
        assertThat(bookingStatus(walkIn)).isEqualTo("CHECKED_OUT");
        assertThat(balance(walkIn)).isEqualByComparingTo("0.00");
        assertThat(folioLines(walkIn))
                .as("RENT, MINIBAR, its void, VISA, its refund, the CASH settlement")
                .hasSize(6);

        once(
                "/bookings/" + arriving + "/modify",
                Map.of("departure", today.plusDays(3).toString()));
        once("/bookings/" + toCancel + "/cancel", Map.of("reason", "guest called"));
        assertThat(bookingStatus(toCancel)).isEqualTo("CANCELLED");
        once("/rooms/" + room + "/status", Map.of("housekeeping", "DIRTY"));

        List<Map<?, ?>> journal = journal();
        assertThat(journal)
                .extracting(e -> (Object) e.get("action"))
                .containsExactly(
                        "OUTAGE_STARTED",
                        "CHECK_IN",
                        "WALK_IN",
                        "CHARGE",
                        "CHARGE",
                        "VOID",
                        "PAYMENT",
                        "REFUND",
                        "PAYMENT",
                        "CHECK_OUT",
                        "ROOM_STATUS",
                        "MODIFY",
                        "CANCEL",
                        "ROOM_STATUS");
        assertThat(journal).allSatisfy(e -> {
            assertThat(e.get("username")).isEqualTo("dana");
            assertThat(e.get("businessDate")).isEqualTo(today.toString());
            assertThat((String) e.get("entryId")).matches("[0-9a-f-]{36}");
        });
        Map<?, ?> checkIn = journal.get(1);
        assertThat((String) checkIn.get("before")).contains("\"status\":\"RESERVED\"");
        assertThat((String) checkIn.get("after"))
                .contains("\"status\":\"CHECKED_IN\"")
                .contains(room);
        assertThat(journal.get(6).get("amount")).isEqualTo(new BigDecimal("120.00"));
        entries = journal.size();
    }

    @Test
    @Order(3)
    void twoSendsOfOneFormAtTheSameMomentPostOneCharge() {
        int lines = folioLines(arriving).size();
        String entryId = UUID.randomUUID().toString();
        var first = CompletableFuture.supplyAsync(
                () -> desk.formOnce("/bookings/" + arriving + "/charges", entryId, Map.of("item", "MINIBAR")));
        var second = CompletableFuture.supplyAsync(
                () -> desk.formOnce("/bookings/" + arriving + "/charges", entryId, Map.of("item", "MINIBAR")));
        assertThat(first.join().status()).isEqualTo(303);
        assertThat(second.join().status()).isEqualTo(303);
        assertThat(folioLines(arriving)).hasSize(lines + 1);
        assertThat(journal()).hasSize(++entries);
    }

    @Test
    @Order(4)
    void badInputIsRefusedNextToItsFieldAndWritesNothing() {
        String folio = "/bookings/" + arriving;
        int lines = folioLines(arriving).size();
        assertRefused(
                folio + "/payments",
                Map.of("receiptType", "VISA", "amount", "10.00", "cardLast4", "4111 1111 1111 1111"),
                "full card numbers are never accepted");
        assertRefused(folio + "/payments", Map.of("receiptType", "VISA", "amount", "abc"), "is not a number");
        assertRefused(folio + "/payments", Map.of("receiptType", "VISA", "amount", "10.00"), "enter the card");
        assertRefused(folio + "/payments", Map.of("receiptType", "NOPE", "amount", "10.00"), "not active here");
        assertRefused(folio + "/charges", Map.of("item", "MINIBAR", "quantity", "-1"), "more than 0");
        assertRefused(folio + "/charges", Map.of("item", "MINIBAR", "unitPrice", "1.005"), "at most 2 decimals");
        assertRefused(
                folio + "/charges", Map.of("item", "MINIBAR", "description", "card 4111111111111111"), "card number");
        assertRefused(folio + "/modify", Map.of("departure", "tomorrow"), "is not a date");
        assertRefused(folio + "/modify", Map.of("departure", today.minusDays(1).toString()), "departure");
        assertRefused("/walk-in", Map.of("firstName", "No", "room", "101"), "is required");
        assertRefused(
                "/walk-in",
                Map.of(
                        "firstName",
                        "Dirty",
                        "lastName",
                        "Room",
                        "room",
                        "101",
                        "departure",
                        today.plusDays(1).toString()),
                "it must be clean or inspected");
        assertRefused(folio + "/lines/abc/void", Map.of(), "is not a folio line number");
        assertRefused(folio + "/lines/999999/void", Map.of(), "has no line 999999");

        var unknown = desk.form("/bookings/404404/charges", Map.of("item", "MINIBAR"));
        assertThat(unknown.status()).isIn(400, 404);
        var badEntry = desk.formOnce(folio + "/charges", "not-a-uuid", Map.of("item", "MINIBAR"));
        assertThat(badEntry.status()).isEqualTo(400);
        assertThat(desk.formWithoutCsrf(folio + "/charges", Map.of("item", "MINIBAR"))
                        .status())
                .as("a form without the session's CSRF token")
                .isEqualTo(403);
        assertThat(desk.form("/outage/end", Map.of()).status())
                .as("the front desk may not end outage mode")
                .isEqualTo(403);

        assertThat(folioLines(arriving)).hasSize(lines);
        assertThat(journal()).hasSize(entries);
    }

    @Test
    @Order(5)
    void cloudChangesArrivingLaterAreFlaggedAndDoNotOverwriteTheDesk() {
        // A walk-in still in house, and the cloud (which never heard of it) sells the same room for tonight.
        String room = cleanFreeRoom(arriving);
        var answer = once(
                "/walk-in",
                Map.of(
                        "firstName",
                        "Ola",
                        "lastName",
                        "Nordmann",
                        "room",
                        room,
                        "departure",
                        today.plusDays(2).toString()));
        Matcher d = D_NUMBER.matcher(answer.location());
        assertThat(d.find()).isTrue();
        String inHouseWalkIn = d.group(1);
        assertThat(Integer.parseInt(inHouseWalkIn.substring(1))).isGreaterThan(Integer.parseInt(walkIn.substring(1)));
        String online = bookInCloud("Online", today, 1, room);
        // The cloud also changes the booking the desk checked in and extended.
        var changed = Http.send(
                cloud.uri(),
                "PATCH",
                "/api/v1/properties/SEA/bookings/" + arriving,
                cloudDesk,
                Map.of("rate", new java.math.BigDecimal("111.00")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(run.requiredString("result")).isEqualTo("OK");

        Map<?, ?> mine = booking(arriving);
        assertThat(((Map<?, ?>) mine.get("booking")).get("status"))
                .as("the desk's check-in stands")
                .isEqualTo("CHECKED_IN");
        assertThat(((Map<?, ?>) mine.get("booking")).get("departure"))
                .isEqualTo(today.plusDays(3).toString());
        assertThat((List<?>) mine.get("collisions"))
                .extracting(c -> (Object) ((Map<?, ?>) c).get("kind"))
                .contains("BOOKING_CHANGED_IN_CLOUD");
        assertThat((List<?>) booking(inHouseWalkIn).get("collisions"))
                .extracting(c -> (Object) ((Map<?, ?>) c).get("otherConfirmation"))
                .containsExactly(online);
        assertThat(desk.get("/outage").body()).contains("Room double booked").contains(online);
        entries++;
    }

    @Test
    @Order(6)
    void theJournalRefusesChangesInTheDatabaseAndSurvivesARestart() throws Exception {
        standby.close();
        Path data = dir.resolve("standby");
        String url = "jdbc:derby:" + data.resolve("replica") + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey="
                + Files.readString(data.resolve("replica.key")).strip();
        try (Connection c = DriverManager.getConnection(url, "standby", "")) {
            assertThatThrownBy(
                            () -> c.createStatement().executeUpdate("UPDATE OUTAGE_JOURNAL SET USERNAME = 'mallory'"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM OUTAGE_JOURNAL"))
                    .isInstanceOf(SQLException.class);
            var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM OUTAGE_JOURNAL WHERE USERNAME = 'dana'");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(entries);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + data.resolve("replica") + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
        }
        standby = startStandby();
        desk = DeskClient.login(standby.uri(), "dana", DESK_PASSWORD);
        assertThat(journal()).hasSize(entries);
        assertThat(bookingStatus(walkIn)).isEqualTo("CHECKED_OUT");
    }

    @Test
    @Order(7)
    void aFullResyncReplacesTheCopyAndKeepsTheJournalTheDesksWorkAndTheDNumbers() {
        var run = Http.post(standby.uri(), "/api/resync", operator(), null).json();
        assertThat(run.requiredString("result")).isEqualTo("OK");
        assertThat(journal()).hasSize(entries);
        assertThat(bookingStatus(walkIn)).isEqualTo("CHECKED_OUT");
        assertThat(folioLines(walkIn)).hasSize(6);
        assertThat(bookingStatus(arriving)).isEqualTo("CHECKED_IN");
        assertThat(bookingStatus(toCancel)).isEqualTo("CANCELLED");
        assertThat((List<?>) booking(arriving).get("collisions"))
                .as("flags are kept, not repeated by the resync")
                .hasSize(1);

        var next = once(
                "/walk-in",
                Map.of(
                        "firstName",
                        "After",
                        "lastName",
                        "Resync",
                        "room",
                        cleanFreeRoom(arriving),
                        "departure",
                        today.plusDays(1).toString()));
        Matcher d = D_NUMBER.matcher(next.location());
        assertThat(d.find()).isTrue();
        assertThat(Integer.parseInt(d.group(1).substring(1)))
                .as("the D-number sequence goes on after restart and resync")
                .isGreaterThan(Integer.parseInt(walkIn.substring(1)) + 1);
        entries++;
    }

    @Test
    @Order(8)
    void aNightAuditorEndsTheOutageAndTheStandbyIsReadOnlyAgain() {
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT_PASSWORD);
        var ended = auditor.form("/outage/end", Map.of("note", "cloud back at 15:10"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(303);
        List<Map<?, ?>> journal = journal();
        assertThat(journal).hasSize(entries + 1);
        assertThat(journal.getLast().get("action")).isEqualTo("OUTAGE_ENDED");
        assertThat(journal.getLast().get("username")).isEqualTo("nico");
        var refused = desk.form("/bookings/" + arriving + "/charges", Map.of("item", "MINIBAR"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(desk.get("/").body()).doesNotContain("OUTAGE MODE since");
    }

    @Test
    @Order(9)
    void theNightAuditorPrintsTheReentryReportsOfTheOutageWindow() throws Exception {
        String token = operator();
        String items = pdfText(download("/reports/items.pdf", token));
        assertThat(items)
                .contains("Data as of")
                .contains(walkIn)
                .contains("RENT")
                .contains("MINIBAR")
                .as("RENT 120.00 + MINIBAR 12.00 - 12.00 + 6.00")
                .contains("126.00");
        String financials = pdfText(download("/reports/financials.pdf", token));
        assertThat(financials)
                .contains(walkIn)
                .contains("VISA")
                .contains("CASH")
                .as("VISA 120.00 - 20.00 refunded, CASH 20.00")
                .contains("100.00")
                .contains("120.00");
        String bookings = pdfText(download("/reports/room-bookings.pdf", token));
        assertThat(bookings)
                .contains(walkIn)
                .contains("Ångström")
                .contains(arriving)
                .contains(toCancel);
        String csv = new String(download("/reports/room-bookings.csv", token), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(walkIn).contains("Ångström").contains(toCancel);

        String collisions = pdfText(download("/reports/collisions.pdf", token));
        assertThat(collisions).contains(arriving);
        String pack = pdfText(download("/reports/downtime-pack.pdf", token));
        assertThat(pack).contains("Data as of").contains(arriving);

        var byHand = Http.get(standby.uri(), "/reports/items.csv?from=2000-01-01T00:00&until=2000-01-02T00:00", token);
        assertThat(byHand.status()).isEqualTo(200);
        assertThat(byHand.body()).doesNotContain(walkIn);
        var wrong = Http.get(standby.uri(), "/reports/items.csv?from=yesterday", token);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("from");
        assertThat(desk.get("/reports/items.pdf").status())
                .as("re-entry reports are the night auditor's")
                .isEqualTo(403);
        assertThat(desk.get("/reports/downtime-pack.pdf").status()).isEqualTo(200);
    }

    @Test
    @Order(10)
    void theDowntimePackIsPrintedToItsFolderAfterASyncAndTheCliPrintsReports() throws Exception {
        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(run.requiredString("result")).isEqualTo("OK");
        Path packs = dir.resolve("standby").resolve("downtime-packs");
        // The pack is printed after the run has answered, by a listener of its end.
        Eventually.until(
                java.time.Duration.ofSeconds(30),
                "a downtime pack in " + packs,
                () -> Files.isDirectory(packs) && !listPdfs(packs).isEmpty());
        assertThat(pdfText(Files.readAllBytes(listPdfs(packs).getLast()))).contains("Downtime pack");

        Path out = Files.createTempDirectory("innkeep-cli-report-");
        var err = new java.io.StringWriter();
        var outText = new java.io.StringWriter();
        int code = app.innkeep.standby.cli.StandbyCli.run(
                new String[] {
                    "--standby",
                    standby.uri().toString(),
                    "--data-dir",
                    dir.resolve("standby").toString(),
                    "report",
                    "financials",
                    "--format",
                    "csv",
                    "--out",
                    out.toString()
                },
                new java.io.PrintWriter(outText, true),
                new java.io.PrintWriter(err, true));
        assertThat(code).as(outText + " " + err).isZero();
        assertThat(Files.readString(out.resolve("financials.csv")))
                .contains("VISA")
                .contains(walkIn);
    }

    @Test
    @Order(11)
    void theDeskPrintsTheConfirmationLetterTheCloudKeeps() throws Exception {
        // Letters are kept in the cloud (ADR 0018); the standby prints the one it has, filled from the booking.
        String letter = pdfText(download("/bookings/" + walkIn + "/confirmation-letter.pdf", operator()));
        assertThat(letter)
                .contains("Dear Zoë")
                .contains("Confirmation number: " + walkIn)
                .contains("Departure: " + today.plusDays(1));
        assertThat(desk.form("/letters/confirmation", Map.of("title", "x", "body", "y"))
                        .status())
                .as("the standby does not take letters")
                .isNotEqualTo(303);
    }

    private static List<Path> listPdfs(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] download(String path, String token) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(standby.uri().resolve(path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    // ---- helpers ----

    /** Sends a form, expects success, sends it again with the same entry ID and expects one journal entry in all. */
    private DeskClient.Page once(String path, Map<String, String> fields) {
        return once(path, fields, 1);
    }

    private DeskClient.Page once(String path, Map<String, String> fields, int journaled) {
        String entryId = UUID.randomUUID().toString();
        int before = journalSize();
        var first = desk.formOnce(path, entryId, fields);
        assertThat(first.status())
                .as(path + " " + fields + ": " + errorsOn(first))
                .isEqualTo(303);
        assertThat(journalSize()).as("one entry for " + path).isEqualTo(before + journaled);
        var again = desk.formOnce(path, entryId, fields);
        assertThat(again.status()).as("the same form sent again").isEqualTo(303);
        assertThat(journalSize()).as("no second entry for " + path).isEqualTo(before + journaled);
        return first;
    }

    private static String errorsOn(DeskClient.Page page) {
        var m = Pattern.compile("class=\"(?:error|banner refused)\"[^>]*>([^<]*)<")
                .matcher(page.body());
        StringBuilder out = new StringBuilder(page.status() + ":");
        while (m.find()) {
            out.append(' ').append(m.group(1).strip());
        }
        return out.toString();
    }

    private void assertRefused(String path, Map<String, String> fields, String message) {
        var answer = desk.form(path, fields);
        assertThat(answer.status()).as(path + " " + fields).isEqualTo(400);
        assertThat(answer.body()).as(path + " " + fields).contains(message).contains("Not done, nothing was saved");
    }

    private int journalSize() {
        var answer = Http.get(standby.uri(), "/api/desk/outage", operator());
        return answer.status() == 404 ? 0 : journal().size();
    }

    private List<Map<?, ?>> journal() {
        var answer = Http.get(standby.uri(), "/api/desk/outage", operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<?, ?>> entries = (List<Map<?, ?>>) ((Map<?, ?>) Json.parse(answer.body())).get("entries");
        return entries;
    }

    private Map<?, ?> booking(String confirmation) {
        var answer = Http.get(standby.uri(), "/api/desk/bookings/" + confirmation, operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return (Map<?, ?>) Json.parse(answer.body());
    }

    private String bookingStatus(String confirmation) {
        return (String) ((Map<?, ?>) booking(confirmation).get("booking")).get("status");
    }

    private BigDecimal balance(String confirmation) {
        return (BigDecimal) booking(confirmation).get("balance");
    }

    private List<?> folioLines(String confirmation) {
        return (List<?>) booking(confirmation).get("folio");
    }

    private long lineId(String confirmation, String code) {
        return folioLines(confirmation).stream()
                .map(l -> (Map<?, ?>) l)
                .filter(l -> code.equals(l.get("code")))
                .map(l -> ((BigDecimal) l.get("lineId")).longValueExact())
                .findFirst()
                .orElseThrow();
    }

    private String cleanFreeRoom(String confirmation, String... except) {
        return Hotel.freeCleanRoom(standby.uri(), operator(), confirmation, except);
    }

    private String book(String lastName, LocalDate arrival, int nights) {
        return bookInCloud(lastName, arrival, nights, null);
    }

    private String bookInCloud(String lastName, LocalDate arrival, int nights, String room) {
        return Hotel.book(cloud.uri(), cloudDesk, "E2E", lastName, "WEB", arrival, nights, room, "99.00");
    }

    private String operator() {
        return Http.operatorToken(dir.resolve("standby"));
    }

    private AppProcess startStandby() {
        return DemoCloud.startStandby("standby-outage", dir.resolve("standby"), Map.of());
    }
}
