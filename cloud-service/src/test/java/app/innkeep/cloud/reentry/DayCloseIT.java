package app.innkeep.cloud.reentry;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import app.innkeep.model.event.PropertyEvent.BusinessDateRolled;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Days the standby closed while the hotel was cut off, brought into the cloud by re-entry over real HTTP: each night's
 * RENT once per booking and night, the business date rolled day by day, and the cloud's own night audit kept from
 * closing a day a silent standby may be closing (ADR 0017).
 */
abstract class DayCloseIT extends CloudIT {

    static final String MON = "2026-11-23";
    static final String TUE = "2026-11-24";
    static final String WED = "2026-11-25";
    static final String THU = "2026-11-26";

    String support;

    @BeforeAll
    void start() {
        support = supportToken();
    }

    record Standby(TestHotel hotel, String credential, long deviceId) {}

    @Test
    void givenANightsRentSentTwiceAndUnderASecondEntry_whenReentered_thenTheFolioHasOneRentLineForThatNight() {
        Standby standby = standby("RN1");
        String guest = inHouse(standby, "Rent", MON, THU, "101");
        String first = UUID.randomUUID().toString();
        var before = rowCounts();

        var posted = created(enter(standby, first, rent(guest, MON, "100.00")));
        var again = enter(standby, first, rent(guest, MON, "100.00"));
        var secondEntry = created(enter(standby, UUID.randomUUID().toString(), rent(guest, MON, "100.00")));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(secondEntry.text("lineId")).isEqualTo(posted.text("lineId"));
        assertThat(posted.json().get("amount").decimalValue()).isEqualByComparingTo("100.00");
        var after = rowCounts();
        assertThat(after.get("FOLIO_LINE")).isEqualTo(before.get("FOLIO_LINE") + 1);
        assertThat(after.get("REENTRY_ENTRY")).isEqualTo(before.get("REENTRY_ENTRY") + 2);
        JsonNode line = folio(standby, guest).get("lines").get(0);
        assertThat(line.get("code").asText()).isEqualTo("RENT");
        assertThat(line.get("businessDate").asText()).isEqualTo(MON);
        assertThat(line.get("reentryEntryId").asText()).isEqualTo(first);
    }

    @Test
    void givenTheCloudsOwnAuditClosedTheNight_whenTheStandbysRentAndCloseAreReentered_thenNothingIsPostedTwice() {
        Standby standby = standby("RN2");
        TestHotel hotel = standby.hotel();
        String guest = inHouse(standby, "Audited", MON, WED, "101");
        var audit = ok(api().post(hotel.auditor, hotel.path("/night-audit"), Map.of("businessDate", MON)));
        assertThat(audit.json().get("rentPosted").asInt()).isEqualTo(1);
        long cloudRent = folio(standby, guest).get("lines").get(0).get("id").asLong();
        var before = rowCounts();

        var rent = created(enter(standby, UUID.randomUUID().toString(), rent(guest, MON, "100.00")));
        String closeId = UUID.randomUUID().toString();
        var close = enterForHeader(standby, closeId, dayClosed(MON));

        assertThat(rent.json().get("lineId").asLong()).isEqualTo(cloudRent);
        assertThat(close.statusCode()).isEqualTo(201);
        assertThat(close.headers().firstValue(ReentryController.DAY_CLOSE_HEADER))
                .hasValue("already-closed");
        assertThat(businessDate(standby)).isEqualTo(TUE);
        var after = rowCounts();
        assertThat(after.get("FOLIO_LINE")).isEqualTo(before.get("FOLIO_LINE"));
        assertThat(after.get("BUSINESS_DAY_CLOSE")).isEqualTo(before.get("BUSINESS_DAY_CLOSE"));
        assertThat(after.get("OUTBOX_EVENT")).as("no event for a no-op").isEqualTo(before.get("OUTBOX_EVENT"));
        var again = api().post(hotel.auditor, hotel.path("/night-audit"), Map.of("businessDate", MON));
        assertThat(again.status()).as("the same day is never closed twice").isEqualTo(409);
        assertThat(again.text("detail")).contains("already closed");
    }

    @Test
    void givenTheStandbyClosedADay_whenItsCloseIsReentered_thenTheDateRollsARepeatIsANoOpAndALaterDayWaits() {
        Standby standby = standby("DC1");
        TestHotel hotel = standby.hotel();
        String closeId = UUID.randomUUID().toString();

        var rolled = enterForHeader(standby, closeId, dayClosed(MON));
        var replayed = enterForHeader(standby, closeId, dayClosed(MON));
        var repeated = enterForHeader(standby, UUID.randomUUID().toString(), dayClosed(MON));
        var before = tableContents();
        var ahead = enter(standby, UUID.randomUUID().toString(), dayClosed(WED));

        assertThat(rolled.statusCode()).isEqualTo(201);
        assertThat(rolled.headers().firstValue(ReentryController.DAY_CLOSE_HEADER))
                .hasValue("rolled");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.headers().firstValue(ReentryController.DAY_CLOSE_HEADER))
                .hasValue("rolled");
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(repeated.headers().firstValue(ReentryController.DAY_CLOSE_HEADER))
                .hasValue("already-closed");
        assertThat(businessDate(standby)).isEqualTo(TUE);
        assertThat(ahead.status()).as(ahead.toString()).isEqualTo(409);
        assertThat(ahead.isProblem()).isTrue();
        assertThat(ahead.text("type")).endsWith("close-earlier-day-first");
        assertThat(ahead.text("detail")).contains("close " + TUE + " first");
        assertThat(ahead.text("errors/0/field")).isEqualTo("businessDate");
        assertThat(tableContents()).as("a refused close writes nothing").isEqualTo(before);
        var rolledEvents = feedTypes(standby).stream()
                .filter(BusinessDateRolled.TYPE::equals)
                .count();
        assertThat(rolledEvents).isEqualTo(1);
        var trail = ok(api().get(hotel.auditor, hotel.path("/audit?subjectType=business-date&subjectKey=" + MON)));
        assertThat(trail.json())
                .extracting(e -> e.get("action").asText())
                .containsExactlyInAnyOrder("night-audit.closed-by-standby", "night-audit.standby-close-already-closed");
    }

    @Test
    void givenTwoDaysClosedOnTheStandby_whenReenteredInOrder_thenEachNightHasItsRentAndTheDateRolledTwice() {
        Standby standby = standby("DC2");
        String guest = inHouse(standby, "Twonights", MON, THU, "101");

        var tooEarly = enter(standby, UUID.randomUUID().toString(), rent(guest, TUE, "100.00"));
        assertThat(tooEarly.status())
                .as("Tuesday's RENT waits for Monday's close")
                .isEqualTo(400);
        for (String night : List.of(MON, TUE)) {
            created(enter(standby, UUID.randomUUID().toString(), rent(guest, night, "100.00")));
            created(enter(standby, UUID.randomUUID().toString(), dayClosed(night)));
        }

        assertThat(businessDate(standby)).isEqualTo(WED);
        List<String> nights = new ArrayList<>();
        folio(standby, guest)
                .get("lines")
                .forEach(l -> nights.add(l.get("businessDate").asText()));
        assertThat(nights).containsExactly(MON, TUE);
        var check = ok(api().post(
                        standby.credential(),
                        standby.hotel().path("/reentry/verify"),
                        Map.of(
                                "schemaVersion",
                                2,
                                "nights",
                                List.of(night(MON, 1, "100.00"), night(TUE, 1, "100.00"), night(WED, 0, "0.00")))));
        JsonNode answered = check.json().get("nights");
        assertThat(answered).hasSize(3);
        assertThat(answered.get(0).get("night").asText()).isEqualTo(MON);
        assertThat(answered.get(0).get("rentCount").asInt()).isEqualTo(1);
        assertThat(answered.get(1).get("rentTotal").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(answered.get(2).get("rentCount").asInt()).isZero();
    }

    @Test
    void givenAPairedStandbySilentForHours_whenTheCloudsNightAuditRuns_thenRefusedUnlessTheAuditorTakesTheCloseOver() {
        Standby standby = standby("SIL");
        TestHotel hotel = standby.hotel();
        inHouse(standby, "Silent", MON, WED, "101");
        lastHeardOf(standby, Instant.now().minus(5, ChronoUnit.HOURS));
        var before = tableContents();

        var refused = api().post(hotel.auditor, hotel.path("/night-audit"), Map.of("businessDate", MON));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.text("type")).endsWith("standby-may-be-closing");
        assertThat(refused.text("errors/0/field")).isEqualTo("takeOverFromStandby");
        assertThat(refused.text("detail")).contains("Standby SIL").contains("cut off");
        assertThat(tableContents()).as("a refused audit writes nothing").isEqualTo(before);

        var taken = ok(api().post(
                        hotel.auditor,
                        hotel.path("/night-audit"),
                        Map.of("businessDate", MON, "takeOverFromStandby", true)));

        assertThat(taken.json().get("rentPosted").asInt()).isEqualTo(1);
        assertThat(taken.json().get("takenOverFrom").get(0).asText()).contains("Standby SIL");
        assertThat(businessDate(standby)).isEqualTo(TUE);
        var trail = ok(api().get(hotel.auditor, hotel.path("/audit?subjectType=business-date&subjectKey=" + MON)));
        assertThat(trail.json())
                .extracting(e -> e.get("action").asText())
                .contains("night-audit.taken-over", "night-audit.closed");
        assertThat(trail.json())
                .anySatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("sil.audit"));
    }

    @Test
    void givenTwoRentEntriesForTheSameNightAtOnce_whenReentered_thenOneLineAndBothAnswerIt() throws Exception {
        Standby standby = standby("CON");
        String guest = inHouse(standby, "Race", MON, WED, "101");
        var before = rowCounts();
        CountDownLatch go = new CountDownLatch(1);

        List<Api.Answer> answers = concurrently(
                2,
                () -> {
                    go.await();
                    return enter(standby, UUID.randomUUID().toString(), rent(guest, MON, "100.00"));
                },
                go);

        assertThat(answers).extracting(Api.Answer::status).containsOnly(201);
        assertThat(answers)
                .extracting(a -> a.text("lineId"))
                .containsOnly(answers.get(0).text("lineId"));
        assertThat(rowCounts().get("FOLIO_LINE")).isEqualTo(before.get("FOLIO_LINE") + 1);
    }

    @Test
    void givenBadRentOrCloseEntries_whenReentered_thenAProblemNamingTheCauseAndNothingWritten() {
        Standby standby = standby("BDR");
        Standby other = standby("BDO");
        String guest = inHouse(standby, "Bad", MON, WED, "101");
        String cancelled = standby.hotel().book("Gone", MON, WED, "102");
        ok(api().post(
                        standby.hotel().desk,
                        standby.hotel().path("/bookings/" + cancelled + "/cancel"),
                        Map.of("reason", "channel cancelled")));
        // Confirmation numbers count per property: the other hotel's guest gets a number this one has not given.
        other.hotel().book("First", TUE, WED, null);
        other.hotel().book("Second", TUE, WED, null);
        String othersGuest = inHouse(other, "Elsewhere", MON, WED, "101");
        Map<String, Object> noLine = rent(guest, MON, "100.00");
        noLine.remove("line");
        Map<String, Object> malformedDate = rent(guest, MON, "100.00");
        malformedDate.put("businessDate", "2026-11-31");
        Map<String, Object> closeWithBooking = dayClosed(MON);
        closeWithBooking.put("bookingRef", guest);
        var before = tableContents();

        expect(standby, noLine, 400, "line");
        expect(
                standby,
                rentLine(guest, MON, Map.of("item", "MINIBAR", "quantity", 1, "unitPrice", 6)),
                400,
                "line.item");
        expect(
                standby,
                rentLine(guest, MON, Map.of("item", "RENT", "quantity", 1, "unitPrice", 0)),
                400,
                "line.unitPrice");
        expect(
                standby,
                rentLine(guest, MON, Map.of("item", "RENT", "quantity", 1, "unitPrice", -5)),
                400,
                "line.unitPrice");
        expect(
                standby,
                rentLine(guest, MON, Map.of("item", "RENT", "quantity", 2, "unitPrice", 100)),
                400,
                "line.quantity");
        expect(standby, rentLine(guest, MON, Map.of("item", "RENT", "quantity", 1)), 400, "line.unitPrice");
        expect(standby, malformedDate, 400, "businessDate");
        expect(standby, closeWithBooking, 400, "bookingRef");
        expect(standby, rent(cancelled, MON, "100.00"), 409, "bookingRef");
        expect(standby, rent("999999", MON, "100.00"), 404, null);
        expect(standby, rent("D7777", MON, "100.00"), 404, null);
        expect(standby, rent(othersGuest, MON, "100.00"), 404, null);
        var reserve = entry("RESERVE", "D7001", MON);
        reserve.put("booking", Map.of("lastName", "Later"));
        expect(standby, reserve, 400, "booking.firstName");

        assertThat(tableContents()).isEqualTo(before);
        var cancelledRent = enter(standby, UUID.randomUUID().toString(), rent(cancelled, MON, "100.00"));
        assertThat(cancelledRent.text("type")).endsWith("stay-not-in-cloud");
        assertThat(cancelledRent.text("detail"))
                .contains(cancelled)
                .contains("CANCELLED")
                .contains("skip");
    }

    // --- helpers ---

    private void expect(Standby standby, Map<String, Object> body, int status, String field) {
        var answer = enter(standby, UUID.randomUUID().toString(), body);
        assertThat(answer.status()).as("%s: %s", body, answer).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        if (field != null) {
            List<String> fields = new ArrayList<>();
            answer.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertThat(fields).as("%s: %s", body, answer).contains(field);
        }
    }

    private Standby standby(String code) {
        Api api = api();
        TestHotel hotel = TestHotel.open(api, support, code, MON);
        ok(api.put(support, "/api/v1/admin/properties/" + code + "/backup", Map.of("enabled", true)));
        String pairing = ok(api.post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        String credential = ok(api.post(
                        null, "/api/v1/pairing", Map.of("code", pairing, "deviceName", "Standby " + code)))
                .text("credential");
        JsonNode devices = ok(api.get(hotel.admin, hotel.path("/devices"))).json();
        return new Standby(
                hotel, credential, devices.get(devices.size() - 1).get("id").asLong());
    }

    /** A guest checked in on the cloud's desk before the line went down. */
    private String inHouse(Standby standby, String lastName, String arrival, String departure, String room) {
        TestHotel hotel = standby.hotel();
        String conf = hotel.book(lastName, arrival, departure, room);
        ok(api().post(hotel.desk, hotel.path("/bookings/" + conf + "/check-in"), Map.of()));
        return conf;
    }

    private Api.Answer enter(Standby standby, String entryId, Map<String, Object> body) {
        return api().post(standby.credential(), standby.hotel().path("/reentry/entries/" + entryId), body);
    }

    /** The same post, read with its headers (the day's close says in one what it did). */
    private HttpResponse<String> enterForHeader(Standby standby, String entryId, Map<String, Object> body) {
        try {
            var request = HttpRequest.newBuilder(
                            URI.create(server.getURI() + standby.hotel().path("/reentry/entries/" + entryId)))
                    .header("Authorization", "Bearer " + standby.credential())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body)))
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> entry(String action, String ref, String businessDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        if (ref != null) {
            body.put("bookingRef", ref);
        }
        body.put("originalAt", businessDate + "T23:50:00Z");
        body.put("businessDate", businessDate);
        body.put("enteredBy", "nico");
        return body;
    }

    private static Map<String, Object> rent(String ref, String night, String rate) {
        return rentLine(ref, night, Map.of("item", "RENT", "quantity", 1, "unitPrice", new BigDecimal(rate)));
    }

    private static Map<String, Object> rentLine(String ref, String night, Map<String, Object> line) {
        Map<String, Object> body = entry("RENT", ref, night);
        body.put("line", line);
        return body;
    }

    private static Map<String, Object> dayClosed(String day) {
        return entry("DAY_CLOSED", null, day);
    }

    private static Map<String, Object> night(String night, int count, String total) {
        return Map.of("night", night, "rentCount", count, "rentTotal", new BigDecimal(total));
    }

    private static Api.Answer created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer;
    }

    private JsonNode folio(Standby standby, String conf) {
        return ok(api().get(standby.hotel().desk, standby.hotel().path("/bookings/" + conf + "/folio")))
                .json();
    }

    private String businessDate(Standby standby) {
        return ok(api().get(standby.hotel().desk, "/api/v1/properties/" + standby.hotel().code))
                .text("businessDate");
    }

    private List<String> feedTypes(Standby standby) {
        var page = ok(api().get(standby.credential(), standby.hotel().path("/feed?after=0&limit=1000")));
        List<String> types = new ArrayList<>();
        page.json().get("events").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    /** The standby last asked for the feed at {@code when}: hours ago is how a standby cut off looks. */
    private void lastHeardOf(Standby standby, Instant when) {
        try (Connection c = database.connect();
                PreparedStatement ps =
                        c.prepareStatement("UPDATE DEVICE SET LAST_SEEN_AT = ?, PAIRED_AT = ? WHERE ID = ?")) {
            ps.setTimestamp(1, Timestamp.from(when));
            ps.setTimestamp(2, Timestamp.from(when));
            ps.setLong(3, standby.deviceId());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> concurrently(int copies, Callable<T> call, CountDownLatch go) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                futures.add(pool.submit(call));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
