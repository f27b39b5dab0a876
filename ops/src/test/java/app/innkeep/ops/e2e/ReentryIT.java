package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Hotel;
import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The whole outage story of the product brief over real HTTP, from the outage to the signed-off re-entry: the desk
 * works on the standby while the cloud takes online bookings and a deposit (one of them selling the walk-in's room);
 * the connection returns (a guest also phoned for next week: a reservation with a deposit, a D-number of its own);
 * the night auditor prints the re-entry reports, lets the assistant post the journal to the
 * cloud — the standby dies midway, right after the cloud took a post, and the retry posts nothing twice — resolves the
 * collisions field by field, runs the closing check and signs off. Afterwards the cloud holds its own work plus the
 * standby's, each booking and payment once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReentryIT {

    private static final Pattern D_NUMBER = Pattern.compile("/bookings/(D\\d+)\\?");
    private static final String DESK = "desk-password-1";
    private static final String AUDIT = "audit-password-1";

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    String cloudDesk;
    LocalDate today;
    String arriving;
    String toCancel;
    String walkIn;
    String walkInRoom;
    String online;
    String depositBooking;
    String reserved;
    String walkInCloud;
    String reservedCloud;
    LocalDate outageDay;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("innkeep-e2e-reentry-");
        cloud = DemoCloud.start("cloud-reentry", dir, Map.of());
        cloudDesk = cloud.token("sea.frontdesk");
        today = cloud.businessDate();
        cloud.enableBackup();
        arriving = book("Arriving", today, 2, null);
        toCancel = book("Cancelled", today.plusDays(4), 1, null);
        standby = startStandby(Map.of());
        cloud.pair(standby, data());
        DemoCloud.staff(standby, data(), "dana", "Dana Desk", "FRONT_DESK", DESK);
        DemoCloud.staff(standby, data(), "nico", "Nico Night", "NIGHT_AUDITOR", AUDIT);
    }

    @AfterAll
    void stop() {
        if (standby != null) {
            standby.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    @Order(1)
    void theDeskWorksOnTheStandbyDuringTheOutage() {
        DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK);
        ok(desk.form("/outage/start", Map.of("reason", "internet down since 10:40")));
        ok(desk.form("/bookings/" + arriving + "/check-in", Map.of("room", freeRoom(arriving))));
        walkInRoom = freeRoom(arriving, roomOf(arriving));
        var answer = ok(desk.form(
                "/walk-in",
                Map.of(
                        "firstName", "Zoë",
                        "lastName", "Ångström",
                        "room", walkInRoom,
                        "departure", today.plusDays(1).toString(),
                        "adults", "1",
                        "rate", "120.00")));
        Matcher d = D_NUMBER.matcher(answer.location());
        assertThat(d.find()).isTrue();
        walkIn = d.group(1);
        ok(desk.form("/bookings/" + walkIn + "/charges", Map.of("item", "RENT", "unitPrice", "120.00")));
        ok(desk.form("/bookings/" + walkIn + "/charges", Map.of("item", "MINIBAR", "quantity", "2")));
        ok(desk.form(
                "/bookings/" + walkIn + "/payments",
                Map.of("receiptType", "VISA", "amount", "132.00", "cardLast4", "4242")));
        ok(desk.form("/bookings/" + arriving + "/charges", Map.of("item", "MINIBAR")));
        ok(desk.form("/bookings/" + toCancel + "/cancel", Map.of("reason", "guest called")));
        var reservation = ok(desk.form(
                "/reservation",
                Map.of(
                        "firstName", "Olaf",
                        "lastName", "Nordmann",
                        "arrival", today.plusDays(7).toString(),
                        "departure", today.plusDays(9).toString(),
                        "roomType", "STD",
                        "source", "PHONE",
                        "receiptType", "VISA",
                        "deposit", "80.00",
                        "cardLast4", "4242")));
        Matcher r = D_NUMBER.matcher(reservation.location());
        assertThat(r.find()).as(reservation.location()).isTrue();
        reserved = r.group(1);
    }

    @Test
    @Order(2)
    void meanwhileTheCloudTakesOnlineBookingsAndADeposit() throws Exception {
        // The channel sells the walk-in's room for tonight: the cloud never heard of the walk-in.
        online = book("Online", today, 1, walkInRoom);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("guest", Map.of("firstName", "Ines", "lastName", "Costa"));
        body.put("source", "WEB");
        body.put("roomType", "STD");
        body.put("arrival", today.plusDays(10).toString());
        body.put("departure", today.plusDays(12).toString());
        body.put("adults", 2);
        body.put("rate", new BigDecimal("129.00"));
        body.put("deposit", Map.of("receiptType", "VISA", "amount", new BigDecimal("129.00"), "cardLast4", "1881"));
        var first = onlineBooking(key, body);
        var again = onlineBooking(key, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        Map<?, ?> answer = (Map<?, ?>) Json.parse(first.body());
        depositBooking = ((Map<?, ?>) answer.get("booking")).get("confirmation").toString();
        // And the hotel's office raises the rate of the booking the desk checked in.
        var changed = Http.send(
                cloud.uri(),
                "PATCH",
                "/api/v1/properties/SEA/bookings/" + arriving,
                cloudDesk,
                Map.of("rate", new BigDecimal("111.00")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void whenTheConnectionReturnsTheCollisionsAreFlaggedAndTheAuditorEndsTheOutage() {
        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(run.requiredString("result")).isEqualTo("OK");
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        String outagePage = auditor.get("/outage").body();
        assertThat(outagePage).contains("Room double booked").contains(online).contains("Booking changed in cloud");
        ok(auditor.form("/outage/end", Map.of("note", "cloud back at 15:10")));
        for (String report : List.of("room-bookings", "financials", "items")) {
            assertThat(auditor.get("/reports/" + report + ".pdf").status()).isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void theAssistantPostsWhatDoesNotCollideAndStopsAtTheCollisions() {
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        long outage = outageId();
        assertThat(auditor.get("/reentry").body())
                .as("the outage's start and end are settled: nothing to re-enter")
                .contains("2 of 11 settled");
        var notYet = auditor.form("/reentry/" + outage + "/run", Map.of());
        assertThat(notYet.status()).as("the assistant is opt-in per outage").isEqualTo(400);
        ok(auditor.form("/reentry/" + outage + "/assisted", Map.of("assisted", "true")));
        ok(auditor.form("/reentry/" + outage + "/run", Map.of()));

        Map<String, String> statuses = statuses(auditor);
        assertThat(statuses.get("CANCEL " + toCancel)).isEqualTo("POSTED");
        assertThat(statuses.get("RESERVE " + reserved)).isEqualTo("POSTED");
        assertThat(statuses.get("PAYMENT " + reserved))
                .as("the deposit follows its reservation")
                .isEqualTo("POSTED");
        assertThat(statuses.get("CHECK_IN " + arriving)).isEqualTo("CONFLICT");
        assertThat(statuses.get("WALK_IN " + walkIn)).isEqualTo("CONFLICT");
        assertThat(statuses.get("CHARGE " + walkIn))
                .as("waits behind its walk-in")
                .isEqualTo("PENDING");
        assertThat(cloudStatus(toCancel)).isEqualTo("CANCELLED");
    }

    @Test
    @Order(5)
    void theAuditorResolvesEachCollisionFieldByField() {
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        long outage = outageId();
        String page = auditor.get("/reentry/conflicts/" + arriving).body();
        assertThat(page).contains("111.00").contains("99.00").contains("class=\"diff\"");
        var missing = auditor.form("/reentry/" + outage + "/conflicts/" + arriving, Map.of("win-room", "STANDBY"));
        assertThat(missing.status()).as("every differing field needs a side").isEqualTo(400);
        ok(auditor.form(
                "/reentry/" + outage + "/conflicts/" + arriving, Map.of("win-room", "STANDBY", "win-rate", "CLOUD")));

        String roomPage = auditor.get("/reentry/conflicts/" + walkIn).body();
        assertThat(roomPage).contains(online).contains("Move the booking to");
        String newRoom = Pattern.compile("<option value=\"(\\d+)\"")
                .matcher(roomPage)
                .results()
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow();
        ok(auditor.form("/reentry/" + outage + "/conflicts/" + walkIn, Map.of("newRoom", newRoom)));
        walkInRoom = newRoom;
        assertThat(statuses(auditor).get("WALK_IN " + walkIn)).isEqualTo("PENDING");
    }

    @Test
    @Order(6)
    void theStandbyDiesRightAfterTheCloudTookAPostAndTheRetryPostsNothingTwice() {
        standby.close();
        // A fault switch: the standby refuses it unless the test-only setting is given as well.
        standby = startStandby(
                Map.of("INNKEEP_STANDBY_REENTRY_HALT_AFTER_POSTS", "3", "INNKEEP_TEST_FAULT_INJECTION", "enabled"));
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        long outage = outageId();
        try {
            auditor.form("/reentry/" + outage + "/run", Map.of());
        } catch (RuntimeException connectionLost) {
            // The standby halted in the middle of the request.
        }
        assertThat(standby.exitsWithin(Duration.ofSeconds(30)))
                .as("the fault injection halted the standby")
                .isTrue();

        standby = startStandby(Map.of());
        auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        ok(auditor.form("/reentry/" + outage + "/run", Map.of()));
        Map<String, String> statuses = statuses(auditor);
        assertThat(statuses.values()).allMatch(s -> s.equals("POSTED") || s.equals("NOTHING"));
        assertThat(auditor.get("/reentry").body())
                .as("the third post was taken before the crash and answered again after it")
                .contains("posted (the cloud already had it)");
    }

    @Test
    @Order(7)
    void theClosingCheckIsGreenAndTheAuditorSignsOff() {
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        long outage = outageId();
        var early = auditor.form("/reentry/" + outage + "/sign-off", Map.of());
        assertThat(early.status()).as("sign-off needs the closing check").isEqualTo(400);
        var verified = ok(auditor.form("/reentry/" + outage + "/verify", Map.of()));
        String page = auditor.get(verified.location()).body();
        assertThat(page)
                .as(page)
                .contains("Verified:")
                .containsPattern("Done: <span>closing check at \\d\\d:\\d\\d: green.");
        var signedOff = ok(auditor.form("/reentry/" + outage + "/sign-off", Map.of()));
        String signed = auditor.get(signedOff.location()).body();
        assertThat(signed)
                .contains("Signed off by nico")
                .containsPattern("Done: <span>signed off by nico at \\d\\d:\\d\\d.")
                .doesNotContain("Run the assistant");
        assertThat(auditor.form("/reentry/" + outage + "/verify", Map.of()).status())
                .as("the worklist is read-only after sign-off")
                .isEqualTo(400);
    }

    @Test
    @Order(8)
    void theCloudHoldsItsOwnWorkPlusTheStandbysEachOnce() {
        // The walk-in became one cloud booking, found by its D-number in the cloud and on the standby.
        List<?> found =
                (List<?>) Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings?q=" + walkIn, cloudDesk)
                        .body());
        assertThat(found).hasSize(1);
        walkInCloud = (String) ((Map<?, ?>) found.getFirst()).get("confirmation");
        List<?> byName = (List<?>) Json.parse(Http.get(
                        cloud.uri(),
                        "/api/v1/properties/SEA/bookings?q="
                                + java.net.URLEncoder.encode("Ångström", java.nio.charset.StandardCharsets.UTF_8),
                        cloudDesk)
                .body());
        assertThat(byName).as("one booking for the walk-in guest").hasSize(1);
        assertThat(cloudStatus(walkInCloud)).isEqualTo("CHECKED_IN");

        Map<?, ?> folio = (Map<?, ?>)
                Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings/" + walkInCloud + "/folio", cloudDesk)
                        .body());
        List<?> lines = (List<?>) folio.get("lines");
        assertThat(lines)
                .extracting(l -> (Object) ((Map<?, ?>) l).get("code"))
                .containsExactlyInAnyOrder("RENT", "MINIBAR", "VISA");
        assertThat(new BigDecimal(folio.get("balance").toString())).isEqualByComparingTo("0.00");
        assertThat(lines).allSatisfy(l -> {
            Map<?, ?> line = (Map<?, ?>) l;
            assertThat(line.get("businessDate"))
                    .as("the original business date")
                    .isEqualTo(today.toString());
            assertThat(line.get("originalAt"))
                    .as("the time it was done on the standby")
                    .isNotNull();
        });

        Map<?, ?> arrivingFolio = (Map<?, ?>)
                Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings/" + arriving + "/folio", cloudDesk)
                        .body());
        assertThat((List<?>) arrivingFolio.get("lines")).hasSize(1);
        Map<?, ?> arrivingBooking =
                (Map<?, ?>) Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings/" + arriving, cloudDesk)
                        .body());
        assertThat(arrivingBooking.get("status")).isEqualTo("CHECKED_IN");
        assertThat(new BigDecimal(arrivingBooking.get("rate").toString()))
                .as("the cloud won the rate")
                .isEqualByComparingTo("111.00");
        assertThat(cloudStatus(online)).as("the online booking kept its room").isEqualTo("RESERVED");
        Map<?, ?> deposit = (Map<?, ?>) Json.parse(
                Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings/" + depositBooking + "/folio", cloudDesk)
                        .body());
        assertThat((List<?>) deposit.get("lines")).as("one deposit").hasSize(1);

        // The phone reservation became one RESERVED cloud booking with its deposit, found by its D-number.
        List<?> reservedFound =
                (List<?>) Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings?q=" + reserved, cloudDesk)
                        .body());
        assertThat(reservedFound).hasSize(1);
        reservedCloud = (String) ((Map<?, ?>) reservedFound.getFirst()).get("confirmation");
        Map<?, ?> reservedBooking = (Map<?, ?>)
                Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings/" + reservedCloud, cloudDesk)
                        .body());
        assertThat(reservedBooking.get("status")).isEqualTo("RESERVED");
        assertThat(reservedBooking.get("arrival")).isEqualTo(today.plusDays(7).toString());
        Map<?, ?> reservedFolio = (Map<?, ?>) Json.parse(
                Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings/" + reservedCloud + "/folio", cloudDesk)
                        .body());
        assertThat((List<?>) reservedFolio.get("lines"))
                .singleElement()
                .satisfies(l -> assertThat(((Map<?, ?>) l).get("code")).isEqualTo("VISA"));
        assertThat(new BigDecimal(reservedFolio.get("balance").toString()))
                .as("the deposit, once")
                .isEqualByComparingTo("-80.00");

        // On the standby the retired desk records give way to the cloud's; D-number search finds the cloud booking.
        Http.post(standby.uri(), "/api/sync-now", operator(), null);
        DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK);
        assertThat(desk.get("/search?q=" + walkIn).body()).contains(walkInCloud);
        assertThat(desk.get("/").body()).doesNotContain("OUTAGE MODE since");
    }

    @Test
    @Order(9)
    void afterSignOffNoFlagRemainsAndEachDNumberLeadsToTheBookingItBecame() {
        outageDay = outageStartedOn();
        DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK);
        assertThat(desk.get("/bookings/" + online).body())
                .as("the online booking no longer carries the signed-off outage's room clash")
                .doesNotContain("Collision:");
        assertThat(desk.get("/bookings/" + arriving).body()).doesNotContain("Collision:");

        var link = desk.get("/bookings/" + walkIn);
        assertThat(link.status()).as(link.body()).isEqualTo(303);
        assertThat(link.location()).isEqualTo("/bookings/" + walkInCloud);
        assertThat(desk.get("/bookings/" + walkInCloud).body())
                .contains("Taken at the desk as " + walkIn + " during the outage of " + outageDay);
        var reservation = desk.get("/bookings/" + reserved);
        assertThat(reservation.status()).isEqualTo(303);
        assertThat(reservation.location()).isEqualTo("/bookings/" + reservedCloud);
        assertThat(desk.get("/bookings/" + reservedCloud).body()).contains("Taken at the desk as " + reserved);
        assertThat(desk.get("/bookings/" + online).body())
                .as("a booking the cloud took itself was never a D-number")
                .doesNotContain("Taken at the desk");
        for (String printout : List.of("registration-card", "folio", "receipt", "confirmation-letter")) {
            var pdf = desk.get("/bookings/" + walkIn + "/" + printout + ".pdf");
            assertThat(pdf.status()).as(printout).isEqualTo(303);
            assertThat(pdf.location()).isEqualTo("/bookings/" + walkInCloud + "/" + printout + ".pdf");
        }
        assertThat(desk.get("/bookings/D99999").status()).isEqualTo(404);
        assertThat(desk.get("/bookings/D99999/folio.pdf").status()).isEqualTo(404);
        var asJson = Http.get(standby.uri(), "/api/desk/bookings/" + walkIn, operator());
        assertThat(asJson.status()).as(asJson.body()).isEqualTo(200);
        assertThat(asJson.body())
                .contains("\"confirmation\":\"" + walkInCloud + "\"")
                .contains("\"dNumber\":\"" + walkIn + "\"");

        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        assertThat(auditor.get("/outage").body()).contains("Collisions (0)").contains("No open collision");
        String report = collisionCsv(auditor);
        assertThat(report.lines().skip(1).toList())
                .as("the signed-off outage's collisions, each printed as resolved at sign-off or by the auditor")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(row -> assertThat(row).contains("Resolved ").doesNotContain(",Open,"));
    }

    @Test
    @Order(10)
    void inTheBrowserTheDNumberLinkLeadsToTheBookingAndNoFlagRemains() {
        Browser.assumeChromium();
        try (Browser browser = Browser.start(getClass())) {
            Duration wait = Duration.ofSeconds(30);
            browser.open(standby.uri(), "/login");
            browser.fillByLabel("Username", "dana");
            browser.fillByLabel("Password", DESK);
            browser.clickButton("Log in");
            browser.awaitText("Data as of", wait);

            browser.open(standby.uri(), "/bookings/" + walkIn);
            browser.awaitPath("/bookings/" + walkInCloud, wait);
            assertThat(browser.text())
                    .contains("Booking " + walkInCloud)
                    .contains("Taken at the desk as " + walkIn + " during the outage of " + outageDay)
                    .doesNotContain("Collision:");
            browser.screenshot("d-number-leads-to-its-booking");

            browser.open(standby.uri(), "/bookings/" + online);
            browser.awaitPath("/bookings/" + online, wait);
            assertThat(browser.text()).contains("Booking " + online).doesNotContain("Collision:");
            browser.screenshot("no-flag-after-sign-off");
        }
    }

    @Test
    @Order(11)
    void aSecondOutageListsOnlyItsOwnCollisionsAndItsWalkInsCloudCopyIsNoCollision() {
        DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK);
        ok(desk.form("/outage/start", Map.of("reason", "fibre cut again")));
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        assertThat(auditor.get("/outage").body())
                .as("a new outage lists none of the last one's collisions")
                .contains("Collisions (0)");
        assertThat(collisionCsv(auditor).lines().skip(1).toList())
                .as("nor does its collision report")
                .isEmpty();

        String room = freeRoom(walkInCloud, walkInRoom);
        var answer = ok(desk.form(
                "/walk-in",
                Map.of(
                        "firstName", "Ada",
                        "lastName", "Second",
                        "room", room,
                        "departure", today.plusDays(1).toString(),
                        "adults", "1",
                        "rate", "120.00")));
        Matcher d = D_NUMBER.matcher(answer.location());
        assertThat(d.find()).isTrue();
        String secondWalkIn = d.group(1);
        ok(auditor.form("/outage/end", Map.of("note", "back again")));

        long outage = outageId();
        ok(auditor.form("/reentry/" + outage + "/assisted", Map.of("assisted", "true")));
        ok(auditor.form("/reentry/" + outage + "/run", Map.of()));
        assertThat(statuses(auditor).get("WALK_IN " + secondWalkIn)).isEqualTo("POSTED");
        // The feed now brings the cloud booking the walk-in became, in the walk-in's room, while the walk-in still
        // stands on the desk until sign-off: it is the same booking, not a room sold twice.
        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(run.requiredString("result")).isEqualTo("OK");
        assertThat(auditor.get("/outage").body()).contains("Collisions (0)");
        String secondCloud = ((String) ((Map<?, ?>) ((List<?>) Json.parse(
                                Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings?q=" + secondWalkIn, cloudDesk)
                                        .body()))
                        .getFirst())
                .get("confirmation"));
        assertThat(desk.get("/bookings/" + secondCloud).body())
                .contains("Taken at the desk as " + secondWalkIn)
                .doesNotContain("Collision:");
        assertThat(desk.get("/bookings/" + secondWalkIn).body())
                .as("before sign-off the D-number still shows the desk's own booking")
                .contains("Booking " + secondWalkIn)
                .doesNotContain("Collision:");
        assertThat(collisionCsv(auditor).lines().skip(1).toList()).isEmpty();

        ok(auditor.form("/reentry/" + outage + "/verify", Map.of()));
        ok(auditor.form("/reentry/" + outage + "/sign-off", Map.of()));
        var link = desk.get("/bookings/" + secondWalkIn);
        assertThat(link.status()).isEqualTo(303);
        assertThat(link.location()).isEqualTo("/bookings/" + secondCloud);
        assertThat(desk.get("/bookings/" + walkIn).location())
                .as("the first outage's D-number still leads to its booking")
                .isEqualTo("/bookings/" + walkInCloud);
    }

    // ---- helpers ----

    private static DeskClient.Page ok(DeskClient.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        return page;
    }

    private Map<String, String> statuses(DeskClient auditor) {
        var view = Http.get(standby.uri(), "/api/desk/outage", operator());
        assertThat(view.status()).isEqualTo(200);
        String page = auditor.get("/reentry").body();
        Map<String, String> out = new LinkedHashMap<>();
        Matcher row = Pattern.compile(
                        "<td>(\\d+)</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>.*?<span class=\"tag[^\"]*\">([^<]*)</span>",
                        Pattern.DOTALL)
                .matcher(page);
        while (row.find()) {
            String action = row.group(2).strip().toUpperCase().replace(' ', '_');
            out.putIfAbsent(
                    action + " " + row.group(3).strip(),
                    row.group(4).strip().toUpperCase().replace(' ', '_'));
        }
        assertThat(out).as(page).isNotEmpty();
        return out;
    }

    /** The day (in the hotel's time zone) the last outage began, as the booking page names it. */
    private LocalDate outageStartedOn() {
        var view = Http.get(standby.uri(), "/api/desk/outage", operator());
        String started = (String) ((Map<?, ?>) ((Map<?, ?>) Json.parse(view.body())).get("outage")).get("startedAt");
        return java.time.Instant.parse(started)
                .atZone(java.time.ZoneId.of("America/Los_Angeles"))
                .toLocalDate();
    }

    private String collisionCsv(DeskClient auditor) {
        try {
            var csv = auditor.download("/reports/collisions.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            return new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long outageId() {
        var view = Http.get(standby.uri(), "/api/desk/outage", operator());
        return ((BigDecimal) ((Map<?, ?>) ((Map<?, ?>) Json.parse(view.body())).get("outage")).get("id"))
                .longValueExact();
    }

    private String cloudStatus(String confirmation) {
        return Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings/" + confirmation, cloudDesk)
                .json()
                .requiredString("status");
    }

    private HttpResponse<String> onlineBooking(String key, Map<String, Object> body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(cloud.uri() + "/api/v1/properties/SEA/online-bookings"))
                                .header("Authorization", "Bearer " + cloudDesk)
                                .header("Idempotency-Key", key)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private String roomOf(String confirmation) {
        var b = (Map<?, ?>)
                ((Map<?, ?>) Json.parse(Http.get(standby.uri(), "/api/desk/bookings/" + confirmation, operator())
                                .body()))
                        .get("booking");
        return (String) b.get("room");
    }

    private String freeRoom(String confirmation, String... except) {
        return Hotel.freeCleanRoom(standby.uri(), operator(), confirmation, except);
    }

    private String book(String lastName, LocalDate arrival, int nights, String room) {
        return Hotel.book(cloud.uri(), cloudDesk, "E2E", lastName, "WEB", arrival, nights, room, "99.00");
    }

    private Path data() {
        return dir.resolve("standby");
    }

    private String operator() {
        return Http.operatorToken(data());
    }

    private AppProcess startStandby(Map<String, String> env) {
        return DemoCloud.startStandby("standby-reentry", data(), env);
    }
}
