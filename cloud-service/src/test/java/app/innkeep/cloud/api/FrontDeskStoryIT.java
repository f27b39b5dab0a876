package app.innkeep.cloud.api;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A day at the front desk over the real HTTP API: bookings through their whole life, folios, the night audit, online
 * bookings with deposits. Runs on Derby and on PostgreSQL.
 */
abstract class FrontDeskStoryIT extends CloudIT {

    static final String TODAY = "2026-03-10";
    TestHotel sea;

    @BeforeAll
    void openHotel() {
        sea = TestHotel.open(api(), supportToken(), "SEA", TODAY);
    }

    @Test
    void guestStaysPaysAndLeavesWithZeroBalance() {
        Api api = api();
        LocalDate today = businessDate();
        String conf = sea.book("Gonçalves", today.toString(), today.plusDays(2).toString(), null);

        var checkIn = api.post(sea.desk, sea.path("/bookings/" + conf + "/check-in"), Map.of("room", "102"));
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(200);
        assertThat(checkIn.text("status")).isEqualTo("CHECKED_IN");
        assertThat(checkIn.text("room")).isEqualTo("102");

        ok(api.post(
                sea.desk, sea.path("/bookings/" + conf + "/folio/charges"), Map.of("item", "MINIBAR", "quantity", 2)));
        var night = ok(api.post(sea.auditor, sea.path("/night-audit"), Map.of("businessDate", today.toString())));
        assertThat(night.text("businessDate")).isEqualTo(today.plusDays(1).toString());
        assertThat(night.json().get("rentPosted").asInt()).isGreaterThanOrEqualTo(1);

        var folio = ok(api.get(sea.desk, sea.path("/bookings/" + conf + "/folio")));
        assertThat(folio.json().get("charges").decimalValue()).isEqualByComparingTo("112.00");
        assertThat(folio.json().get("balance").decimalValue()).isEqualByComparingTo("112.00");

        var refused = api.post(sea.desk, sea.path("/bookings/" + conf + "/check-out"), Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.text("detail")).contains("112.00");
        var deskOverride = api.post(sea.desk, sea.path("/bookings/" + conf + "/check-out"), Map.of("override", true));
        assertThat(deskOverride.status())
                .as("only a night auditor may override")
                .isEqualTo(403);

        ok(api.post(
                sea.desk,
                sea.path("/bookings/" + conf + "/folio/payments"),
                Map.of("receiptType", "VISA", "amount", new BigDecimal("112.00"), "cardLast4", "4242")));
        var out = ok(api.post(sea.desk, sea.path("/bookings/" + conf + "/check-out"), Map.of()));
        assertThat(out.text("status")).isEqualTo("CHECKED_OUT");
        assertThat(out.json().get("balance").decimalValue()).isZero();
        // An early departure frees the room for the night the guest no longer stays.
        assertThat(out.text("departure")).isEqualTo(today.plusDays(1).toString());
        var room = ok(api.get(sea.desk, sea.path("/rooms/102")));
        assertThat(room.text("housekeeping")).isEqualTo("DIRTY");
    }

    private LocalDate businessDate() {
        return LocalDate.parse(ok(api().get(sea.desk, sea.path(""))).text("businessDate"));
    }

    @Test
    void nightAuditPostsRentOncePerNightEvenWhenRetried() {
        Api api = api();
        String date = ok(api.get(sea.desk, sea.path(""))).text("businessDate");
        String conf = sea.book("Okafor", date, "2026-03-20", "301");
        ok(api.post(sea.desk, sea.path("/bookings/" + conf + "/check-in"), Map.of()));

        ok(api.post(sea.auditor, sea.path("/night-audit"), Map.of("businessDate", date)));
        var retry = api.post(sea.auditor, sea.path("/night-audit"), Map.of("businessDate", date));
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.text("detail")).contains("already closed");

        var folio = ok(api.get(sea.desk, sea.path("/bookings/" + conf + "/folio")));
        long rentLines = 0;
        for (var line : folio.json().get("lines")) {
            if (line.get("code").asText().equals("RENT")) {
                rentLines++;
            }
        }
        assertThat(rentLines).isEqualTo(1);
        assertThat(folio.json().get("balance").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void aSecondPaymentLikeOneJustTakenIsAskedAboutAndTakenOnlyWhenConfirmed() {
        Api api = api();
        String date = ok(api.get(sea.desk, sea.path(""))).text("businessDate");
        String conf = sea.book("Okafor", date, "2026-03-26", null);
        String payments = sea.path("/bookings/" + conf + "/folio/payments");
        ok(api.post(sea.desk, payments, Map.of("receiptType", "CASH", "amount", new BigDecimal("75.00"))));

        var repeated = api.post(sea.desk, payments, Map.of("receiptType", "CASH", "amount", new BigDecimal("75")));
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(409);
        assertThat(repeated.isProblem()).isTrue();
        assertThat(repeated.text("detail"))
                .matches("this looks like a payment already taken at \\d\\d:\\d\\d by \\S+ \\(75.00 by CASH on " + conf
                        + "\\) — take it again\\? Send \"confirmRepeat\": true to take it");
        assertThat(ok(api.get(sea.desk, sea.path("/bookings/" + conf + "/folio")))
                        .json()
                        .get("lines"))
                .as("nothing taken")
                .hasSize(1);

        ok(api.post(sea.desk, payments, Map.of("receiptType", "CASH", "amount", new BigDecimal("40.00"))));
        ok(api.post(
                sea.desk,
                payments,
                Map.of("receiptType", "CASH", "amount", new BigDecimal("75.00"), "confirmRepeat", true)));
        var folio = ok(api.get(sea.desk, sea.path("/bookings/" + conf + "/folio")));
        assertThat(folio.json().get("lines")).hasSize(3);
        assertThat(folio.json().get("payments").decimalValue()).isEqualByComparingTo("190.00");
    }

    @Test
    void voidAndRefundAddNegativeLinesAndNeverDeleteAnything() {
        Api api = api();
        String date = ok(api.get(sea.desk, sea.path(""))).text("businessDate");
        String conf = sea.book("Schäfer", date, "2026-03-25", null);
        var charge =
                ok(api.post(sea.desk, sea.path("/bookings/" + conf + "/folio/charges"), Map.of("item", "PARKING")));
        var voided = ok(api.post(
                sea.desk,
                sea.path("/bookings/" + conf + "/folio/charges/" + charge.text("id") + "/void"),
                Map.of("reason", "posted to the wrong guest")));
        assertThat(voided.json().get("amount").decimalValue()).isEqualByComparingTo("-20.00");
        var again = api.post(
                sea.desk, sea.path("/bookings/" + conf + "/folio/charges/" + charge.text("id") + "/void"), Map.of());
        assertThat(again.status()).isEqualTo(409);

        var payment = ok(api.post(
                sea.desk,
                sea.path("/bookings/" + conf + "/folio/payments"),
                Map.of("receiptType", "CASH", "amount", new BigDecimal("50"))));
        var refund = ok(api.post(
                sea.desk,
                sea.path("/bookings/" + conf + "/folio/payments/" + payment.text("id") + "/refund"),
                Map.of("amount", new BigDecimal("30"))));
        assertThat(refund.json().get("amount").decimalValue()).isEqualByComparingTo("-30.00");

        var folio = ok(api.get(sea.desk, sea.path("/bookings/" + conf + "/folio")));
        assertThat(folio.json().get("lines")).hasSize(4);
        assertThat(folio.json().get("charges").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(folio.json().get("payments").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(folio.json().get("balance").decimalValue()).isEqualByComparingTo("-20.00");
    }

    @Test
    void cancelledBookingFreesItsRoomAndCannotBeCheckedIn() {
        Api api = api();
        String first = sea.book("Brennan", "2026-04-01", "2026-04-03", "103");
        var taken = api.post(sea.desk, sea.path("/bookings"), sea.booking("Dubois", "2026-04-02", "2026-04-04", "103"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("detail")).contains("room 103").contains(first);

        var noReason = api.post(sea.desk, sea.path("/bookings/" + first + "/cancel"), Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        ok(api.post(sea.desk, sea.path("/bookings/" + first + "/cancel"), Map.of("reason", "changed plans")));
        String second = sea.book("Dubois", "2026-04-02", "2026-04-04", "103");
        assertThat(second).isNotEqualTo(first);

        var checkIn = api.post(sea.desk, sea.path("/bookings/" + first + "/check-in"), Map.of());
        assertThat(checkIn.status()).isEqualTo(409);
        assertThat(checkIn.text("detail")).contains("CANCELLED");
    }

    @Test
    void modifyingDatesMovesTheRoomNightsAndKeepsTheAuditTrail() {
        Api api = api();
        String conf = sea.book("Lindqvist", "2026-05-01", "2026-05-03", "101");
        var moved = ok(api.patch(
                sea.desk, sea.path("/bookings/" + conf), Map.of("arrival", "2026-05-02", "departure", "2026-05-05")));
        assertThat(moved.text("departure")).isEqualTo("2026-05-05");
        // The night of May 1st is free again, May 4th is taken.
        sea.book("Early", "2026-05-01", "2026-05-02", "101");
        var clash = api.post(sea.desk, sea.path("/bookings"), sea.booking("Late", "2026-05-04", "2026-05-06", "101"));
        assertThat(clash.status()).isEqualTo(409);

        var trail = ok(api.get(sea.auditor, sea.path("/audit?subjectType=booking&subjectKey=" + conf)));
        assertThat(trail.json()).hasSize(2);
        assertThat(trail.json().get(0).get("action").asText()).isEqualTo("booking.modified");
        assertThat(trail.json().get(0).get("before").asText()).contains("2026-05-01");
        assertThat(trail.json().get(0).get("after").asText()).contains("2026-05-05");
        assertThat(trail.json().get(0).get("actor").asText()).isEqualTo("sea.desk");
    }

    @Test
    void searchFindsBookingsByNameConfirmationAndRoom() {
        Api api = api();
        String conf = sea.book("Nwosu-Tanaka", "2026-06-01", "2026-06-02", "301");
        assertThat(ok(api.get(sea.desk, sea.path("/bookings?q=nwosu"))).json())
                .anySatisfy(b -> assertThat(b.get("confirmation").asText()).isEqualTo(conf));
        assertThat(ok(api.get(sea.desk, sea.path("/bookings?q=" + conf))).json())
                .singleElement()
                .satisfies(
                        b -> assertThat(b.get("guest").get("lastName").asText()).isEqualTo("Nwosu-Tanaka"));
        assertThat(ok(api.get(sea.desk, sea.path("/bookings?room=301&arrival=2026-06-01")))
                        .json())
                .hasSize(1);
        assertThat(ok(api.get(sea.desk, sea.path("/guests?name=tanaka"))).json())
                .isNotEmpty();
    }

    @Test
    void availabilityCountsRoomsOfTheTypeNightByNight() {
        Api api = api();
        sea.book("Avail", "2026-07-01", "2026-07-03", null);
        var availability = ok(api.get(sea.desk, sea.path("/availability?from=2026-07-01&to=2026-07-04&roomType=STD")));
        var nights = availability.json().get("nights");
        assertThat(nights).hasSize(3);
        assertThat(nights.get(0).get("rooms").asInt()).isEqualTo(3);
        assertThat(nights.get(0).get("available").asInt()).isEqualTo(2);
        assertThat(nights.get(2).get("available").asInt()).isEqualTo(3);
    }

    @Test
    void onlineBookingWithDepositIsMadeOnceWhateverTheRetries() {
        Api api = api();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                new java.util.LinkedHashMap<>(sea.booking("Mehta", "2026-08-01", "2026-08-04", null));
        body.put("deposit", Map.of("receiptType", "VISA", "amount", new BigDecimal("100.00"), "cardLast4", "1111"));
        var before = rowCounts();

        var first = api.send("POST", sea.path("/online-bookings"), sea.channel, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        var retry = api.send("POST", sea.path("/online-bookings"), sea.channel, body, Map.of("Idempotency-Key", key));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.text("booking/confirmation")).isEqualTo(first.text("booking/confirmation"));
        assertThat(retry.text("deposit/id")).isEqualTo(first.text("deposit/id"));
        assertThat(retry.body()).as("a retry gets the first answer itself").isEqualTo(first.body());
        assertThat(retry.contentType()).startsWith("application/json");

        var after = rowCounts();
        assertThat(after.get("BOOKING") - before.get("BOOKING")).isEqualTo(1);
        assertThat(after.get("FOLIO_LINE") - before.get("FOLIO_LINE")).isEqualTo(1);
        var folio = ok(api.get(sea.desk, sea.path("/bookings/" + first.text("booking/confirmation") + "/folio")));
        assertThat(folio.json().get("payments").decimalValue()).isEqualByComparingTo("100.00");

        body.put("adults", 1);
        var reused = api.send("POST", sea.path("/online-bookings"), sea.channel, body, Map.of("Idempotency-Key", key));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.text("errors/0/field")).isEqualTo("Idempotency-Key");
    }

    @Test
    void concurrentRetriesOfOneOnlineBookingMakeOneBooking() throws Exception {
        Api api = api();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = sea.booking("Concurrent", "2026-09-01", "2026-09-02", null);
        var before = rowCounts();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Api.Answer>>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> api.send(
                        "POST", sea.path("/online-bookings"), sea.channel, body, Map.of("Idempotency-Key", key))));
            }
            java.util.Set<String> confirmations = new java.util.HashSet<>();
            for (var f : futures) {
                var answer = f.get();
                assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
                confirmations.add(answer.text("booking/confirmation"));
            }
            assertThat(confirmations).hasSize(1);
        }
        assertThat(rowCounts().get("BOOKING") - before.get("BOOKING")).isEqualTo(1);
    }

    @Test
    void lockedOutAfterRepeatedWrongPasswords() {
        Api api = api();
        ok(api.post(
                sea.admin,
                sea.path("/users"),
                Map.of(
                        "username",
                        "sea.temp",
                        "displayName",
                        "Temp",
                        "role",
                        "FRONT_DESK",
                        "password",
                        TestHotel.PASSWORD)));
        for (int i = 0; i < 5; i++) {
            var wrong =
                    api.post(null, "/api/v1/login", Map.of("username", "sea.temp", "password", "wrong password " + i));
            assertThat(wrong.status()).isEqualTo(401);
        }
        var right = api.post(null, "/api/v1/login", Map.of("username", "sea.temp", "password", TestHotel.PASSWORD));
        assertThat(right.status())
                .as("the right password is refused while locked")
                .isEqualTo(401);
        var users = ok(api.get(sea.admin, sea.path("/users")));
        assertThat(users.json()).anySatisfy(u -> {
            assertThat(u.get("username").asText()).isEqualTo("sea.temp");
            assertThat(u.get("locked").asBoolean()).isTrue();
        });
    }

    @Test
    void rentCannotBeDeletedOrDeactivatedAndCodesInUseAreDeactivatedInstead() {
        Api api = api();
        assertThat(api.delete(sea.admin, sea.path("/master-data/inventory-items/RENT"))
                        .status())
                .isEqualTo(409);
        var deactivate = api.put(
                sea.admin,
                sea.path("/master-data/inventory-items/RENT"),
                Map.of("description", "Room", "active", false));
        assertThat(deactivate.status()).isEqualTo(422);
        sea.book("UsesWeb", "2026-10-01", "2026-10-02", null);
        var inUse = api.delete(sea.admin, sea.path("/master-data/sources/WEB"));
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.text("detail")).contains("deactivate");
        sea.masterData("sources", Map.of("code", "FAX", "description", "Fax"));
        assertThat(api.delete(sea.admin, sea.path("/master-data/sources/FAX")).status())
                .isEqualTo(204);
        var lower =
                api.post(sea.admin, sea.path("/master-data/sources"), Map.of("code", "phone", "description", "Phone"));
        assertThat(lower.status()).isEqualTo(400);
        assertThat(lower.text("errors/0/field")).isEqualTo("code");
    }
}
