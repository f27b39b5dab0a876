package app.innkeep.cloud.reentry;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A phone reservation for next week, taken on the standby during a long outage, re-entered over real HTTP: the cloud
 * makes it a RESERVED booking under its own availability rules, and its D-number finds it from then on.
 */
abstract class ReserveReentryIT extends CloudIT {

    static final String OUTAGE_DAY = "2026-11-23";
    static final String NEXT_WEEK = "2026-11-30";
    static final String DEPARTURE = "2026-12-02";

    String support;

    @BeforeAll
    void start() {
        support = supportToken();
    }

    record Standby(TestHotel hotel, String credential) {}

    @Test
    void givenAReservationWithADepositOnTheStandby_whenReentered_thenAReservedCloudBookingFoundByItsDNumber() {
        Api api = api();
        Standby standby = standby("RSV");
        TestHotel hotel = standby.hotel();

        var answer = enter(standby, UUID.randomUUID().toString(), reserve("D3001", null));
        var deposit = enter(
                standby,
                UUID.randomUUID().toString(),
                line(
                        "PAYMENT",
                        "D3001",
                        Map.of(
                                "receiptType",
                                "VISA",
                                "amount",
                                new BigDecimal("60.00"),
                                "cardLast4",
                                "4242",
                                "description",
                                "Deposit Visa")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.text("action")).isEqualTo("RESERVE");
        String confirmation = answer.text("cloudConfirmation");
        assertThat(confirmation).matches("[0-9]+");
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        assertThat(deposit.text("cloudConfirmation")).isEqualTo(confirmation);
        var booking = ok(api.get(hotel.desk, hotel.path("/bookings/D3001")));
        assertThat(booking.text("confirmation")).isEqualTo(confirmation);
        assertThat(booking.text("status")).isEqualTo("RESERVED");
        assertThat(booking.text("arrival")).isEqualTo(NEXT_WEEK);
        assertThat(booking.text("departure")).isEqualTo(DEPARTURE);
        assertThat(booking.json().path("room").isMissingNode()
                        || booking.json().path("room").isNull())
                .as("no room was given on the phone")
                .isTrue();
        assertThat(booking.text("guest/lastName")).isEqualTo("Nordmann");
        var folio = ok(api.get(hotel.desk, hotel.path("/bookings/" + confirmation + "/folio")));
        assertThat(folio.json().get("balance").decimalValue())
                .as("the deposit paid ahead")
                .isEqualByComparingTo("-60.00");

        var moved = enter(
                standby,
                UUID.randomUUID().toString(),
                booking("MODIFY", "D3001", Map.of("departure", "2026-12-03", "room", "102")));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        var changed = ok(api.get(hotel.desk, hotel.path("/bookings/" + confirmation)));
        assertThat(changed.text("departure")).isEqualTo("2026-12-03");
        assertThat(changed.text("room")).isEqualTo("102");
    }

    @Test
    void givenTheSameReservationSentAgain_whenReentered_thenTheSameAnswerAndNoSecondBooking() {
        Standby standby = standby("RSR");
        String entryId = UUID.randomUUID().toString();

        var first = enter(standby, entryId, reserve("D3002", "101"));
        var before = rowCounts();
        var again = enter(standby, entryId, reserve("D3002", "101"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(again.text("cloudConfirmation")).isEqualTo(first.text("cloudConfirmation"));
        assertThat(rowCounts()).isEqualTo(before);
        var other = enter(standby, UUID.randomUUID().toString(), reserve("D3002", "102"));
        assertThat(other.status()).as("another entry cannot make D3002 twice").isEqualTo(409);
        assertThat(other.text("errors/0/field")).isEqualTo("bookingRef");
    }

    @Test
    void
            givenTheCloudSoldTheRoomMeanwhile_whenTheReservationIsReentered_thenAConflictNamingTheBookingAndNothingRecorded() {
        Standby standby = standby("RSC");
        TestHotel hotel = standby.hotel();
        String online = hotel.book("Online", "2026-12-01", "2026-12-04", "101");
        var before = rowCounts();

        var refused = enter(standby, UUID.randomUUID().toString(), reserve("D3003", "101"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.text("detail")).contains(online);
        assertThat(refused.text("errors/0/field")).isEqualTo("booking.room");
        assertThat(rowCounts()).as("a refused entry records nothing").isEqualTo(before);

        var movedByTheAuditor = enter(standby, UUID.randomUUID().toString(), reserve("D3003", "103"));
        assertThat(movedByTheAuditor.status()).as(movedByTheAuditor.toString()).isEqualTo(201);
    }

    @Test
    void givenTheRoomTypeSoldOutInTheCloud_whenAReservationWithoutRoomIsReentered_thenAConflictOnTheRoomType() {
        Standby standby = standby("RSS");
        TestHotel hotel = standby.hotel();
        for (String room : List.of("101", "102", "103")) {
            hotel.book("Full" + room, NEXT_WEEK, DEPARTURE, room);
        }
        var before = rowCounts();

        var refused = enter(standby, UUID.randomUUID().toString(), reserve("D3004", null));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.text("errors/0/field")).isEqualTo("booking.roomType");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void givenBadReservations_whenReentered_thenEachIsAProblemNamingItsFieldAndNothingIsWritten() {
        Standby standby = standby("RSB");
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("bookingRef", with(reserve("D3005", null), "bookingRef", "3005"));
        cases.put("booking", without(reserve("D3005", null), "booking"));
        cases.put("booking.arrival", booking("RESERVE", "D3005", without(stay(null), "arrival")));
        cases.put("booking.lastName", booking("RESERVE", "D3005", without(stay(null), "lastName")));
        cases.put("booking.roomType", booking("RESERVE", "D3005", with(stay(null), "roomType", "NOPE")));
        cases.put("booking.room", booking("RESERVE", "D3005", with(stay("101"), "roomType", "STE")));
        cases.put("booking.departure", booking("RESERVE", "D3005", with(stay(null), "departure", NEXT_WEEK)));
        var before = rowCounts();
        List<String> refusedFields = new ArrayList<>();
        for (var bad : cases.entrySet()) {
            var answer = enter(standby, UUID.randomUUID().toString(), bad.getValue());
            assertThat(answer.status()).as("%s: %s", bad.getKey(), answer).isBetween(400, 499);
            assertThat(answer.isProblem()).as(bad.getKey()).isTrue();
            List<String> fields = new ArrayList<>();
            answer.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertThat(fields).as("%s: %s", bad.getKey(), answer).contains(bad.getKey());
            refusedFields.add(bad.getKey());
        }
        assertThat(refusedFields).hasSize(cases.size());
        assertThat(rowCounts()).isEqualTo(before);
    }

    // --- helpers ---

    private Standby standby(String code) {
        Api api = api();
        TestHotel hotel = TestHotel.open(api, support, code, OUTAGE_DAY);
        ok(api.put(support, "/api/v1/admin/properties/" + code + "/backup", Map.of("enabled", true)));
        String pairing = ok(api.post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        JsonNode paired = ok(api.post(
                        null, "/api/v1/pairing", Map.of("code", pairing, "deviceName", "Standby " + code)))
                .json();
        return new Standby(hotel, paired.get("credential").asText());
    }

    private Api.Answer enter(Standby standby, String entryId, Map<String, Object> body) {
        return api().post(standby.credential(), standby.hotel().path("/reentry/entries/" + entryId), body);
    }

    private static Map<String, Object> entry(String action, String bookingRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("bookingRef", bookingRef);
        body.put("originalAt", OUTAGE_DAY + "T11:20:00Z");
        body.put("businessDate", OUTAGE_DAY);
        body.put("enteredBy", "dana");
        return body;
    }

    /** Olaf Nordmann on the phone: one adult, a standard room next week for two nights, at 95.00. */
    private static Map<String, Object> stay(String room) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("firstName", "Olaf");
        b.put("lastName", "Nordmann");
        b.put("phone", "+47 99 88 77 66");
        b.put("source", "WEB");
        b.put("roomType", "STD");
        if (room != null) {
            b.put("room", room);
        }
        b.put("arrival", NEXT_WEEK);
        b.put("departure", DEPARTURE);
        b.put("adults", 1);
        b.put("children", 0);
        b.put("rate", new BigDecimal("95.00"));
        return b;
    }

    private static Map<String, Object> reserve(String dNumber, String room) {
        return booking("RESERVE", dNumber, stay(room));
    }

    private static Map<String, Object> booking(String action, String ref, Map<String, Object> booking) {
        return with(entry(action, ref), "booking", booking);
    }

    private static Map<String, Object> line(String action, String ref, Map<String, Object> line) {
        return with(entry(action, ref), "line", line);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }
}
