package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Hotel;
import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
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
 * Story 10 of the product brief over real HTTP, cloud and standby as processes: the line stays down for three days. On
 * day 1 the desk checks a guest in and takes a phone reservation for day 3; the cloud sells a room for day 2 and its
 * night auditor is told the standby owns the day; the standby's night audit is killed (SIGKILL) and the same form sent
 * again after the restart; day 2 brings a walk-in and a second close; on day 3 the reservation checks in and the line
 * returns. The re-entry dies right after the cloud took a day's close and the retry posts nothing twice. Afterwards the
 * cloud holds each night's RENT once per guest, dated that night, its business date rolled twice, and the closing
 * check finds every night and balance equal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LongOutageIT {

    private static final Pattern D_NUMBER = Pattern.compile("/bookings/(D\\d+)\\?");
    private static final Pattern ROW = Pattern.compile(
            "<td>(\\d+)</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>.*?<span class=\"tag[^\"]*\">([^<]*)</span>",
            Pattern.DOTALL);
    private static final String DESK = "desk-password-1";
    private static final String AUDIT = "audit-password-1";

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    String cloudDesk;
    LocalDate day1;
    String ingrid;
    String paul;
    String walkIn;

    @BeforeAll
    void start() {
        try {
            dir = Files.createTempDirectory("innkeep-e2e-long-outage-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // A standby silent for a second counts as cut off here: the test's days are seconds long.
        cloud = DemoCloud.start("cloud-long-outage", dir, Map.of("INNKEEP_NIGHT_AUDIT_STANDBY_SILENCE", "1s"));
        cloudDesk = cloud.token("sea.frontdesk");
        day1 = cloud.businessDate();
        cloud.enableBackup();
        ingrid = Hotel.book(cloud.uri(), cloudDesk, "Ingrid", "Berg", "PHONE", day1, 3, null, "111.00");
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
    void dayOneTheDeskChecksInAndTakesAPhoneReservationForDayThree() {
        DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK);
        ok(desk.form("/outage/start", Map.of("reason", "fibre cut by road works")));
        ok(desk.form("/bookings/" + ingrid + "/check-in", Map.of("room", freeRoom(ingrid))));
        Map<String, String> reservation = new LinkedHashMap<>();
        reservation.put("firstName", "Paul");
        reservation.put("lastName", "Okafor");
        reservation.put("phone", "+44 20 7946 0018");
        reservation.put("arrival", day1.plusDays(2).toString());
        reservation.put("departure", day1.plusDays(4).toString());
        reservation.put("roomType", "STD");
        reservation.put("adults", "1");
        reservation.put("rate", "119.00");
        reservation.put("source", "PHONE");
        reservation.put("receiptType", "VISA");
        reservation.put("deposit", "119.00");
        reservation.put("cardLast4", "5100");
        paul = dNumber(ok(desk.form("/reservation", reservation)));
        assertThat(desk.get("/bookings/" + paul).body()).contains("Okafor");
    }

    @Test
    @Order(2)
    void meanwhileTheCloudSellsARoomAndLeavesTheDaysCloseToTheSilentStandby() {
        Hotel.book(cloud.uri(), cloudDesk, "Lena", "Fischer", "BOOKING", day1.plusDays(1), 1, null, "129.00");
        AppProcess.sleep(1_500);
        var audit = Http.post(
                cloud.uri(),
                "/api/v1/properties/SEA/night-audit",
                cloud.token("sea.audit"),
                Map.of("businessDate", day1.toString()));
        assertThat(audit.status()).as(audit.body()).isEqualTo(409);
        assertThat(audit.body()).contains("standby-may-be-closing");
        assertThat(cloud.businessDate()).isEqualTo(day1);
    }

    @Test
    @Order(3)
    void theStandbysNightAuditIsKilledAndTheSameFormSentAgainClosesTheDayOnce() {
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        String entryId = UUID.randomUUID().toString();
        Map<String, String> close = Map.of("businessDate", day1.toString());
        var sent = CompletableFuture.runAsync(() -> {
            try {
                auditor.formOnce("/night-audit", entryId, close);
            } catch (RuntimeException connectionLost) {
                // The standby died under the request.
            }
        });
        AppProcess.sleep(ThreadLocalRandom.current().nextLong(0, 60));
        standby.kill();
        sent.join();

        standby = startStandby(Map.of());
        DeskClient again = DeskClient.login(standby.uri(), "nico", AUDIT);
        var resent = again.formOnce("/night-audit", entryId, close);
        assertThat(resent.status()).as(resent.body()).isEqualTo(303);
        String summary = again.get(resent.location()).body();
        assertThat(summary).contains(day1.plusDays(1).toString());
        int rentCount = Integer.parseInt(field(summary, "audit-summary-rent-count"));
        assertThat(rentCount).as("Ingrid and the hotel's other guests in house").isGreaterThanOrEqualTo(1);

        var stale = again.form("/night-audit", close);
        assertThat(stale.status())
                .as("a fresh form for the closed day is refused")
                .isEqualTo(400);
        assertThat(rentOnStandby(ingrid)).as("RENT on Ingrid's folio").containsExactly(day1.toString());
    }

    @Test
    @Order(4)
    void dayTwoAWalkInAndTheSecondClose() {
        DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK);
        walkIn = dNumber(ok(desk.form(
                "/walk-in",
                Map.of(
                        "firstName", "Zoë",
                        "lastName", "Ångström",
                        "room", freeRoom(ingrid, roomOf(ingrid)),
                        "departure", day1.plusDays(2).toString(),
                        "adults", "1",
                        "rate", "120.00"))));
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        ok(auditor.form("/night-audit", Map.of("businessDate", day1.plusDays(1).toString())));
        assertThat(rentOnStandby(ingrid))
                .containsExactly(day1.toString(), day1.plusDays(1).toString());
        assertThat(rentOnStandby(walkIn)).containsExactly(day1.plusDays(1).toString());
    }

    @Test
    @Order(5)
    void dayThreeTheReservationArrivesAndTheLineReturns() {
        DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK);
        assertThat(desk.get("/").body()).as("day 3's arrivals").contains(paul);
        ok(desk.form("/bookings/" + paul + "/check-in", Map.of("room", freeRoom(paul, roomOf(ingrid)))));
        var synced = Http.post(standby.uri(), "/api/sync-now", operator(), null);
        assertThat(synced.status()).as(synced.body()).isEqualTo(200);
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        ok(auditor.form("/outage/end", Map.of("note", "line back on day 3")));
        String outage = String.valueOf(outageId());
        ok(auditor.form("/reentry/" + outage + "/assisted", Map.of("assisted", "true")));
    }

    @Test
    @Order(6)
    void theReentryDiesRightAfterTheCloudTookADaysCloseAndTheRetryPostsNothingTwice() {
        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        List<String[]> rows = worklist(auditor);
        int posts = 0;
        int haltAt = 0;
        for (String[] row : rows) {
            if (row[3].equals("PENDING")) {
                posts++;
                if (row[1].equals("DAY_CLOSED")) {
                    haltAt = posts;
                    break;
                }
            }
        }
        assertThat(haltAt)
                .as("the first day's close is on the worklist: %s", rows)
                .isPositive();
        standby.close();
        standby = startStandby(Map.of("INNKEEP_STANDBY_REENTRY_HALT_AFTER_POSTS", String.valueOf(haltAt)));
        long outage = outageId();
        try {
            DeskClient.login(standby.uri(), "nico", AUDIT).form("/reentry/" + outage + "/run", Map.of());
        } catch (RuntimeException connectionLost) {
            // The standby halted in the middle of the request.
        }
        assertThat(standby.exitsWithin(Duration.ofSeconds(30)))
                .as("the standby halted right after the cloud took the close")
                .isTrue();
        assertThat(cloud.businessDate()).as("the cloud closed day 1").isEqualTo(day1.plusDays(1));

        standby = startStandby(Map.of());
        auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        ok(auditor.form("/reentry/" + outage + "/run", Map.of()));
        assertThat(worklist(auditor))
                .as("every entry posted or nothing to post")
                .allSatisfy(row -> assertThat(row[3]).isIn("POSTED", "NOTHING"));
        assertThat(cloud.businessDate())
                .as("the cloud went through both nights")
                .isEqualTo(day1.plusDays(2));
    }

    @Test
    @Order(7)
    void theCloudHoldsEachNightsRentOnceAndTheClosingCheckIsGreen() {
        assertThat(rentInCloud(ingrid))
                .containsExactly(day1.toString(), day1.plusDays(1).toString());
        String walkInCloud = cloudBookingOf(walkIn);
        assertThat(rentInCloud(walkInCloud)).containsExactly(day1.plusDays(1).toString());
        Map<?, ?> paulsFolio = folio(cloudBookingOf(paul));
        assertThat(new BigDecimal(paulsFolio.get("balance").toString()))
                .as("Paul's deposit, once")
                .isEqualByComparingTo("-119.00");

        DeskClient auditor = DeskClient.login(standby.uri(), "nico", AUDIT);
        long outage = outageId();
        ok(auditor.form("/reentry/" + outage + "/verify", Map.of()));
        String page = auditor.get("/reentry").body();
        assertThat(page).contains("Verified:").contains("2 of 2 nights");
        ok(auditor.form("/reentry/" + outage + "/sign-off", Map.of()));

        // The line is back and the standby is seen again: the cloud closes day 3 itself.
        Http.post(standby.uri(), "/api/sync-now", operator(), null);
        var audit = Http.post(
                cloud.uri(),
                "/api/v1/properties/SEA/night-audit",
                cloud.token("sea.audit"),
                Map.of("businessDate", day1.plusDays(2).toString()));
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(rentInCloud(ingrid))
                .as("Ingrid's third night, from the cloud's own audit")
                .hasSize(3);
    }

    // ---- helpers ----

    private static DeskClient.Page ok(DeskClient.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        return page;
    }

    private static String dNumber(DeskClient.Page answer) {
        Matcher d = D_NUMBER.matcher(answer.location());
        assertThat(d.find()).as(answer.location()).isTrue();
        return d.group(1);
    }

    private static String field(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as(id + " in " + page).isTrue();
        return m.group(1).strip();
    }

    /** The worklist's rows in order: position, action, booking, status. */
    private static List<String[]> worklist(DeskClient auditor) {
        String page = auditor.get("/reentry").body();
        List<String[]> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.add(new String[] {
                row.group(1),
                row.group(2).strip().toUpperCase().replace(' ', '_'),
                row.group(3).strip(),
                row.group(4).strip().toUpperCase().replace(' ', '_')
            });
        }
        assertThat(rows).as(page).isNotEmpty();
        return rows;
    }

    /** The business dates of the RENT lines on a booking's folio on the standby's desk. */
    private List<String> rentOnStandby(String confirmation) {
        var answer = Http.get(standby.uri(), "/api/desk/bookings/" + confirmation, operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return rentDates((List<?>) ((Map<?, ?>) Json.parse(answer.body())).get("folio"));
    }

    private List<String> rentInCloud(String confirmation) {
        return rentDates((List<?>) folio(confirmation).get("lines"));
    }

    private static List<String> rentDates(List<?> lines) {
        return lines.stream()
                .map(l -> (Map<?, ?>) l)
                .filter(l -> "RENT".equals(l.get("code")))
                .map(l -> String.valueOf(l.get("businessDate")))
                .sorted()
                .toList();
    }

    private Map<?, ?> folio(String confirmation) {
        return (Map<?, ?>) Json.parse(
                Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings/" + confirmation + "/folio", cloudDesk)
                        .body());
    }

    private String cloudBookingOf(String dNumber) {
        List<?> found =
                (List<?>) Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings?q=" + dNumber, cloudDesk)
                        .body());
        assertThat(found).as("one cloud booking for " + dNumber).hasSize(1);
        return (String) ((Map<?, ?>) found.getFirst()).get("confirmation");
    }

    private long outageId() {
        var view = Http.get(standby.uri(), "/api/desk/outage", operator());
        return ((BigDecimal) ((Map<?, ?>) ((Map<?, ?>) Json.parse(view.body())).get("outage")).get("id"))
                .longValueExact();
    }

    private String freeRoom(String confirmation, String... except) {
        return Hotel.freeCleanRoom(standby.uri(), operator(), confirmation, except);
    }

    private String roomOf(String confirmation) {
        var file = (Map<?, ?>) Json.parse(Http.get(standby.uri(), "/api/desk/bookings/" + confirmation, operator())
                .body());
        return (String) ((Map<?, ?>) file.get("booking")).get("room");
    }

    private AppProcess startStandby(Map<String, String> env) {
        return DemoCloud.startStandby("standby-long-outage", data(), env);
    }

    private Path data() {
        return dir.resolve("standby");
    }

    private String operator() {
        return Http.operatorToken(data());
    }
}
