package app.innkeep.cloud.reentry;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ClosingCheckRequest;
import app.innkeep.model.reentry.ReentryAction;
import app.innkeep.model.reentry.ReentryAnswer;
import app.innkeep.model.reentry.ReentryCodec;
import app.innkeep.model.reentry.ReentryRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cloud side of re-entry over real HTTP: a paired standby posts what it did during an outage, entry by entry,
 * and the cloud makes each change once through the desk's own rules, as of the standby's business date then.
 */
abstract class ReentryIT extends CloudIT {

    static final String OUTAGE_DAY = "2026-11-23";
    static final String ORIGINAL_AT = "2026-11-23T10:45:00Z";

    String support;
    Instant started;

    @BeforeAll
    void start() {
        support = supportToken();
        started = Instant.now();
    }

    /** A hotel on the outage day with a paired standby; each test has its own, so they stay independent. */
    record Standby(TestHotel hotel, String credential, long deviceId) {}

    @Test
    void givenAWalkInOnTheStandby_whenReentered_thenItIsCheckedInFoundByItsDNumberAndInTheFeed() {
        Api api = api();
        Standby standby = standby("WLK");
        TestHotel hotel = standby.hotel();

        var answer = enter(standby, UUID.randomUUID().toString(), walkIn("D1001", "101"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("replayed").asBoolean()).isFalse();
        assertThat(answer.text("action")).isEqualTo("WALK_IN");
        assertThat(answer.text("bookingRef")).isEqualTo("D1001");
        String confirmation = answer.text("cloudConfirmation");
        assertThat(confirmation).matches("[0-9]+");
        assertThat(answer.text("recordedAt")).isNotBlank();
        var booking = ok(api.get(hotel.desk, hotel.path("/bookings/" + confirmation)));
        assertThat(booking.text("status")).isEqualTo("CHECKED_IN");
        assertThat(booking.text("room")).isEqualTo("101");
        assertThat(booking.text("source")).isEqualTo("WALKIN");
        assertThat(booking.text("guest/lastName")).isEqualTo("Walker");
        var found = ok(api.get(hotel.desk, hotel.path("/bookings?q=D1001")));
        assertThat(found.json()).hasSize(1);
        assertThat(found.json().get(0).get("confirmation").asText()).isEqualTo(confirmation);
        assertThat(ok(api.get(hotel.desk, hotel.path("/bookings?q=d1001"))).json())
                .hasSize(1);
        assertThat(ok(api.get(hotel.desk, hotel.path("/bookings/D1001"))).text("confirmation"))
                .isEqualTo(confirmation);

        List<EventEnvelope> events = feed(standby);
        assertThat(events)
                .filteredOn(e -> e.actor().equals("standby device " + standby.deviceId() + " for dana"))
                .extracting(EventEnvelope::type)
                .containsExactly("booking.created", "booking.checked-in");
        var trail = ok(api.get(hotel.auditor, hotel.path("/audit?subjectType=booking&subjectKey=" + confirmation)));
        assertThat(trail.json())
                .extracting(e -> e.get("actor").asText())
                .containsOnly("standby device " + standby.deviceId() + " for dana");
    }

    @Test
    void givenTheSameEntrySentAgainAndConcurrently_whenReentered_thenOneBookingAndTheSameAnswerReplayed()
            throws Exception {
        Api api = api();
        Standby standby = standby("IDM");
        TestHotel hotel = standby.hotel();
        String entryId = UUID.randomUUID().toString();

        var first = enter(standby, entryId, walkIn("D1002", "102"));
        var again = enter(standby, entryId, walkIn("D1002", "102"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("replayed").asBoolean()).isTrue();
        assertThat(again.text("cloudConfirmation")).isEqualTo(first.text("cloudConfirmation"));
        assertThat(again.text("recordedAt")).isEqualTo(first.text("recordedAt"));

        String concurrentId = UUID.randomUUID().toString();
        Map<String, Object> charge =
                line("CHARGE", "D1002", Map.of("item", "MINIBAR", "quantity", 2, "unitPrice", new BigDecimal("6.00")));
        var before = rowCounts();
        List<Api.Answer> answers = concurrently(8, () -> enter(standby, concurrentId, charge));
        var after = rowCounts();

        assertThat(answers).extracting(Api.Answer::status).containsOnly(200, 201);
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers)
                .extracting(a -> a.text("lineId"))
                .containsOnly(answers.get(0).text("lineId"));
        assertThat(after.get("FOLIO_LINE")).isEqualTo(before.get("FOLIO_LINE") + 1);
        assertThat(after.get("REENTRY_ENTRY")).isEqualTo(before.get("REENTRY_ENTRY") + 1);
        var folio = ok(api.get(hotel.desk, hotel.path("/bookings/D1002/folio")));
        assertThat(folio.json().get("balance").decimalValue()).isEqualByComparingTo("12.00");
        assertThat(ok(api.get(hotel.desk, hotel.path("/bookings?q=D1002"))).json())
                .hasSize(1);
    }

    @Test
    void givenTheNightAuditRanSinceTheOutage_whenAWalkInAndItsChargeAreReentered_thenTheyKeepTheOriginalBusinessDate() {
        Api api = api();
        Standby standby = standby("PST");
        TestHotel hotel = standby.hotel();
        ok(api.post(hotel.auditor, hotel.path("/night-audit"), Map.of("businessDate", OUTAGE_DAY)));

        var walkIn = enter(standby, UUID.randomUUID().toString(), walkIn("D1003", "103"));
        var charge = enter(
                standby,
                UUID.randomUUID().toString(),
                line(
                        "CHARGE",
                        "D1003",
                        Map.of("item", "PARKING", "quantity", 1, "unitPrice", new BigDecimal("20.00"))));

        assertThat(walkIn.status()).as(walkIn.toString()).isEqualTo(201);
        assertThat(charge.status()).as(charge.toString()).isEqualTo(201);
        assertThat(new BigDecimal(charge.text("amount"))).isEqualByComparingTo("20.00");
        var folio = ok(api.get(hotel.desk, hotel.path("/bookings/D1003/folio")));
        JsonNode line = folio.json().get("lines").get(0);
        assertThat(line.get("id").asText()).isEqualTo(charge.text("lineId"));
        assertThat(line.get("businessDate").asText()).isEqualTo(OUTAGE_DAY);
        assertThat(Instant.parse(line.get("originalAt").asText())).isEqualTo(Instant.parse(ORIGINAL_AT));
        assertThat(line.get("reentryEntryId").asText()).isNotBlank();
        assertThat(Instant.parse(line.get("postedAt").asText())).isAfterOrEqualTo(started.minusSeconds(1));
        assertThat(line.get("postedBy").asText()).isEqualTo("standby device " + standby.deviceId() + " for dana");

        var deskBookingOnTheOldDay =
                api.post(hotel.desk, hotel.path("/bookings"), hotel.booking("Late", OUTAGE_DAY, "2026-11-25", null));
        assertThat(deskBookingOnTheOldDay.status())
                .as("the desk keeps its rules")
                .isEqualTo(400);
        var deskCharge =
                ok(api.post(hotel.desk, hotel.path("/bookings/D1003/folio/charges"), Map.of("item", "MINIBAR")));
        assertThat(deskCharge.text("businessDate")).isEqualTo("2026-11-24");
        assertThat(deskCharge.text("originalAt")).isNull();
        assertThat(deskCharge.text("reentryEntryId")).isNull();

        var posted = feed(standby).stream()
                .filter(e -> e.type().equals("folio.charge-posted"))
                .filter(e -> e.actor().startsWith("standby device"))
                .findFirst()
                .orElseThrow();
        assertThat(posted.businessDate()).hasToString(OUTAGE_DAY);
    }

    @Test
    void givenPaymentsRefundsAndVoidsByCloudLineIds_whenReentered_thenTheFolioBalancesAndTheGuestChecksOut() {
        Api api = api();
        Standby standby = standby("FOL");
        TestHotel hotel = standby.hotel();
        String conf = hotel.book("Folio", OUTAGE_DAY, "2026-11-25", "101");
        ok(api.post(hotel.desk, hotel.path("/bookings/" + conf + "/check-in"), Map.of()));

        String minibarId = UUID.randomUUID().toString();
        var minibar = created(enter(
                standby,
                minibarId,
                line("CHARGE", conf, Map.of("item", "MINIBAR", "quantity", 1, "unitPrice", new BigDecimal("6.00")))));
        String voidId = UUID.randomUUID().toString();
        var voided = created(enter(
                standby,
                voidId,
                line(
                        "VOID",
                        conf,
                        Map.of("reversesLineId", Long.parseLong(minibar.text("lineId")), "reason", "not taken"))));
        var parking = created(enter(
                standby,
                UUID.randomUUID().toString(),
                line("CHARGE", conf, Map.of("item", "PARKING", "quantity", 4, "unitPrice", new BigDecimal("20.00")))));
        String paymentId = UUID.randomUUID().toString();
        var payment = created(enter(
                standby,
                paymentId,
                line(
                        "PAYMENT",
                        conf,
                        Map.of("receiptType", "VISA", "amount", new BigDecimal("100.00"), "cardLast4", "4242"))));
        String refundId = UUID.randomUUID().toString();
        var refund = created(enter(
                standby,
                refundId,
                line(
                        "REFUND",
                        conf,
                        Map.of(
                                "reversesLineId",
                                Long.parseLong(payment.text("lineId")),
                                "amount",
                                new BigDecimal("20.00")))));

        assertThat(voided.json().get("amount").decimalValue()).isEqualByComparingTo("-6.00");
        assertThat(parking.json().get("amount").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(refund.json().get("amount").decimalValue()).isEqualByComparingTo("-20.00");
        assertThat(refund.text("cloudConfirmation")).isEqualTo(conf);
        var folio = ok(api.get(hotel.desk, hotel.path("/bookings/" + conf + "/folio")));
        assertThat(folio.json().get("balance").decimalValue()).isEqualByComparingTo("0");

        var checkOut = created(enter(standby, UUID.randomUUID().toString(), entry("CHECK_OUT", conf)));
        assertThat(checkOut.text("cloudConfirmation")).isEqualTo(conf);
        assertThat(ok(api.get(hotel.desk, hotel.path("/bookings/" + conf))).text("status"))
                .isEqualTo("CHECKED_OUT");

        String neverSent = UUID.randomUUID().toString();
        var before = rowCounts();
        var verify = ok(api.post(
                standby.credential(),
                hotel.path("/reentry/verify"),
                Map.of(
                        "entryIds", List.of(minibarId, voidId, paymentId, refundId, neverSent),
                        "bookings", List.of(conf, "D9999", "424242"))));
        assertThat(rowCounts()).as("verify is read-only").isEqualTo(before);
        JsonNode entries = verify.json().get("entries");
        assertThat(entries).hasSize(5);
        assertThat(entries.get(0).get("found").asBoolean()).isTrue();
        assertThat(entries.get(0).get("action").asText()).isEqualTo("CHARGE");
        assertThat(entries.get(0).get("amount").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(entries.get(0).get("lineId").asText()).isEqualTo(minibar.text("lineId"));
        assertThat(entries.get(1).get("amount").decimalValue()).isEqualByComparingTo("-6.00");
        assertThat(entries.get(2).get("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(entries.get(3).get("amount").decimalValue()).isEqualByComparingTo("-20.00");
        assertThat(entries.get(3).get("cloudConfirmation").asText()).isEqualTo(conf);
        assertThat(entries.get(4).get("entryId").asText()).isEqualTo(neverSent);
        assertThat(entries.get(4).get("found").asBoolean()).isFalse();
        JsonNode balances = verify.json().get("balances");
        assertThat(balances.get(0).get("cloudConfirmation").asText()).isEqualTo(conf);
        assertThat(balances.get(0).get("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(balances.get(1).get("cloudConfirmation").isNull()).isTrue();
        assertThat(balances.get(1).get("balance").isNull()).isTrue();
        assertThat(balances.get(2).get("balance").isNull()).isTrue();
    }

    @Test
    void givenExistingCloudBookings_whenModifiedCheckedInCancelledAndARoomStatusReentered_thenTheDeskSeesIt() {
        Api api = api();
        Standby standby = standby("MOD");
        TestHotel hotel = standby.hotel();
        String arriving = hotel.book("Arriving", OUTAGE_DAY, "2026-11-25", null);
        String cancelled = hotel.book("Cancelled", "2026-12-01", "2026-12-03", null);

        var room = created(enter(standby, UUID.randomUUID().toString(), room("102", "INSPECTED", false)));
        assertThat(room.text("cloudConfirmation")).isNull();
        created(enter(
                standby,
                UUID.randomUUID().toString(),
                booking("MODIFY", arriving, Map.of("departure", "2026-11-26", "rate", new BigDecimal("90.00")))));
        created(enter(standby, UUID.randomUUID().toString(), booking("CHECK_IN", arriving, Map.of("room", "102"))));
        created(enter(
                standby,
                UUID.randomUUID().toString(),
                booking("CANCEL", cancelled, Map.of("cancelReason", "guest called"))));

        var stay = ok(api.get(hotel.desk, hotel.path("/bookings/" + arriving)));
        assertThat(stay.text("status")).isEqualTo("CHECKED_IN");
        assertThat(stay.text("room")).isEqualTo("102");
        assertThat(stay.text("departure")).isEqualTo("2026-11-26");
        assertThat(stay.json().get("rate").decimalValue()).isEqualByComparingTo("90.00");
        var gone = ok(api.get(hotel.desk, hotel.path("/bookings/" + cancelled)));
        assertThat(gone.text("status")).isEqualTo("CANCELLED");
        assertThat(gone.text("cancelReason")).isEqualTo("guest called");
        assertThat(ok(api.get(hotel.desk, hotel.path("/rooms/102"))).text("housekeeping"))
                .isEqualTo("INSPECTED");

        var again = enter(
                standby, UUID.randomUUID().toString(), booking("CANCEL", cancelled, Map.of("cancelReason", "twice")));
        assertThat(again.status())
                .as("a second cancel is refused like at the desk")
                .isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void
            givenTheRoomIsTakenByACloudBooking_whenTheWalkInIsRefused_thenNothingIsRecordedAndARetryAfterTheRoomIsFreedSucceeds() {
        Api api = api();
        Standby standby = standby("COL");
        TestHotel hotel = standby.hotel();
        String online = hotel.book("Online", OUTAGE_DAY, "2026-11-24", "101");
        String entryId = UUID.randomUUID().toString();

        var before = rowCounts();
        var refused = enter(standby, entryId, walkIn("D1004", "101"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.text("detail")).contains(online);
        assertThat(refused.text("errors/0/field")).isEqualTo("booking.room");
        assertThat(rowCounts()).as("a refused entry records nothing").isEqualTo(before);
        var verify = ok(api.post(
                standby.credential(),
                hotel.path("/reentry/verify"),
                Map.of("entryIds", List.of(entryId), "bookings", List.of("D1004"))));
        assertThat(verify.json().at("/entries/0/found").asBoolean()).isFalse();
        assertThat(verify.json().at("/balances/0/balance").isNull()).isTrue();
        var charge = enter(
                standby,
                UUID.randomUUID().toString(),
                line("CHARGE", "D1004", Map.of("item", "MINIBAR", "quantity", 1, "unitPrice", new BigDecimal("6.00"))));
        assertThat(charge.status()).isEqualTo(404);
        assertThat(charge.text("detail")).contains("D1004 has not been re-entered yet");

        ok(api.patch(hotel.desk, hotel.path("/bookings/" + online), Map.of("room", "102")));
        var retried = enter(standby, entryId, walkIn("D1004", "101"));

        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(ok(api.get(hotel.desk, hotel.path("/bookings/D1004"))).text("room"))
                .isEqualTo("101");
    }

    /**
     * The standby writes its bodies with the shared codec and reads the answers with it: every action, written by
     * that codec as the standby writes it, is taken, and every answer and the closing check read back through it.
     */
    @Test
    void givenEveryActionWrittenByTheSharedCodec_whenReentered_thenTakenAndTheAnswersReadBackThroughIt() {
        Standby standby = standby("SHR");
        TestHotel hotel = standby.hotel();
        String arriving = hotel.book("Arriving", OUTAGE_DAY, "2026-11-26", null);
        String toChange = hotel.book("Changing", "2026-11-24", "2026-11-26", null);
        String toCancel = hotel.book("Cancelling", "2026-11-27", "2026-11-28", null);
        LocalDate day = LocalDate.parse(OUTAGE_DAY);
        Map<ReentryAction, ReentryAnswer> answers = new EnumMap<>(ReentryAction.class);
        Map<ReentryAction, String> entryIds = new EnumMap<>(ReentryAction.class);

        for (ReentryAction action : ReentryAction.values()) {
            ReentryRequest request = switch (action) {
                case WALK_IN ->
                    shared(
                            action,
                            "D2001",
                            new ReentryRequest.Booking(
                                    "Zoë",
                                    "Ångström",
                                    null,
                                    null,
                                    "WALKIN",
                                    "STD",
                                    "102",
                                    day,
                                    day.plusDays(1),
                                    1,
                                    1,
                                    new BigDecimal("120.00"),
                                    "Late arrival",
                                    null),
                            null,
                            null);
                case CHECK_IN -> shared(action, arriving, ReentryRequest.Booking.room("101"), null, null);
                case CHECK_OUT -> shared(action, arriving, ReentryRequest.Booking.NOTHING, null, null);
                case MODIFY ->
                    shared(
                            action,
                            toChange,
                            ReentryRequest.Booking.change(null, day.plusDays(4), null, new BigDecimal("99.50")),
                            null,
                            null);
                case CANCEL -> shared(action, toCancel, ReentryRequest.Booking.cancel("guest called"), null, null);
                case CHARGE ->
                    shared(
                            action,
                            "D2001",
                            null,
                            ReentryRequest.Line.charge(
                                    "MINIBAR", new BigDecimal("2"), new BigDecimal("6.00"), "Minibar"),
                            null);
                case VOID ->
                    shared(
                            action,
                            "D2001",
                            null,
                            ReentryRequest.Line.voiding(
                                    answers.get(ReentryAction.CHARGE).lineId(), "Void: wrong room"),
                            null);
                case PAYMENT ->
                    shared(
                            action,
                            "D2001",
                            null,
                            ReentryRequest.Line.payment("VISA", new BigDecimal("50.00"), "4242", "Visa"),
                            null);
                case REFUND ->
                    shared(
                            action,
                            "D2001",
                            null,
                            ReentryRequest.Line.refund(
                                    answers.get(ReentryAction.PAYMENT).lineId(),
                                    new BigDecimal("20.00"),
                                    "Refund: overcharged"),
                            null);
                case ROOM_STATUS -> shared(action, null, null, null, new ReentryRequest.Room("103", "DIRTY", true));
                case RESERVE ->
                    shared(
                            action,
                            "D2002",
                            new ReentryRequest.Booking(
                                    "Olaf",
                                    "Nordmann",
                                    null,
                                    "+47 99 88 77 66",
                                    "WEB",
                                    "STD",
                                    null,
                                    day.plusDays(7),
                                    day.plusDays(9),
                                    1,
                                    0,
                                    new BigDecimal("95.00"),
                                    null,
                                    null),
                            null,
                            null);
                case RENT ->
                    shared(
                            action,
                            "D2001",
                            null,
                            ReentryRequest.Line.charge("RENT", BigDecimal.ONE, new BigDecimal("120.00"), null),
                            null);
                case DAY_CLOSED -> shared(action, null, null, null, null);
            };
            String entryId = UUID.randomUUID().toString();
            String path = hotel.path("/reentry/entries/" + entryId);
            var answer = api().sendRaw("POST", path, standby.credential(), ReentryCodec.encode(request), Map.of());
            assertThat(answer.status()).as(action + ": " + answer).isEqualTo(201);
            assertThat(answer.contentType()).contains("application/json");
            ReentryAnswer read = ReentryCodec.decodeAnswer(answer.body());
            assertThat(read.entryId()).isEqualTo(entryId);
            assertThat(read.action()).isEqualTo(action);
            assertThat(read.bookingRef()).isEqualTo(request.bookingRef());
            assertThat(read.replayed()).isFalse();
            assertThat(read.lineId() != null).as(action + " posts a line").isEqualTo(action.postsLine());
            var again = api().sendRaw("POST", path, standby.credential(), ReentryCodec.encode(request), Map.of());
            assertThat(again.status()).isEqualTo(200);
            assertThat(ReentryCodec.decodeAnswer(again.body()))
                    .isEqualTo(new ReentryAnswer(
                            read.entryId(),
                            read.action(),
                            read.bookingRef(),
                            read.cloudConfirmation(),
                            read.lineId(),
                            read.amount(),
                            true,
                            read.recordedAt()));
            answers.put(action, read);
            entryIds.put(action, entryId);
        }

        String walkIn = answers.get(ReentryAction.WALK_IN).cloudConfirmation();
        var check = api().sendRaw(
                        "POST",
                        hotel.path("/reentry/verify"),
                        standby.credential(),
                        ReentryCodec.encode(new ClosingCheckRequest(
                                List.of(
                                        entryIds.get(ReentryAction.CHARGE),
                                        UUID.randomUUID().toString()),
                                List.of("D2001", "999999"))),
                        Map.of());
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        var closing = ReentryCodec.decodeClosingCheckAnswer(check.body());
        assertThat(closing.entries())
                .extracting(ClosingCheckAnswer.Entry::found)
                .containsExactly(true, false);
        assertThat(closing.entries().getFirst().amount()).isEqualByComparingTo("12.00");
        assertThat(closing.balances().getFirst().cloudConfirmation()).isEqualTo(walkIn);
        assertThat(closing.balances().getFirst().balance())
                .as("2 x MINIBAR voided, a night's RENT of 120.00, 50.00 paid, 20.00 refunded")
                .isEqualByComparingTo("90.00");
        assertThat(closing.balances().get(1)).isEqualTo(new ClosingCheckAnswer.Balance("999999", null, null));
    }

    private static ReentryRequest shared(
            ReentryAction action,
            String ref,
            ReentryRequest.Booking booking,
            ReentryRequest.Line line,
            ReentryRequest.Room room) {
        return new ReentryRequest(
                action, ref, Instant.parse(ORIGINAL_AT), LocalDate.parse(OUTAGE_DAY), "dana", booking, line, room);
    }

    @Test
    void givenAnEntryIdAlreadyUsed_whenSentWithAnotherActionOrBooking_thenConflictNamingTheEntryId() {
        Standby standby = standby("DUP");
        String conf = standby.hotel().book("Dup", OUTAGE_DAY, "2026-11-25", null);
        String other = standby.hotel().book("Other", OUTAGE_DAY, "2026-11-25", null);
        String entryId = UUID.randomUUID().toString();
        created(enter(standby, entryId, booking("MODIFY", conf, Map.of("rate", new BigDecimal("80.00")))));

        var before = rowCounts();
        var otherAction = enter(standby, entryId, booking("CANCEL", conf, Map.of("cancelReason", "x")));
        var otherBooking = enter(standby, entryId, booking("MODIFY", other, Map.of("rate", new BigDecimal("80.00"))));

        for (var answer : List.of(otherAction, otherBooking)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.text("detail")).contains(entryId);
            assertThat(answer.text("errors/0/field")).isEqualTo("entryId");
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void givenTheFlagOffARevokedDeviceOrAnotherPropertysDevice_whenReentering_thenRefusedLikeTheFeed() {
        Api api = api();
        Standby standby = standby("ACC");
        Standby other = standby("OTH");
        TestHotel hotel = standby.hotel();
        Map<String, Object> body = room("101", "DIRTY", false);
        Map<String, Object> verify = Map.of("entryIds", List.of());
        var before = rowCounts();

        var otherProperty = api.post(other.credential(), hotel.path("/reentry/entries/" + UUID.randomUUID()), body);
        var user = api.post(hotel.desk, hotel.path("/reentry/entries/" + UUID.randomUUID()), body);
        var none = api.post(null, hotel.path("/reentry/entries/" + UUID.randomUUID()), body);
        var badId = api.post(
                standby.credential(),
                hotel.path("/reentry/entries/" + UUID.randomUUID().toString().toUpperCase()),
                body);
        ok(api.put(support, "/api/v1/admin/properties/" + hotel.code + "/backup", Map.of("enabled", false)));
        var flagOff = api.post(standby.credential(), hotel.path("/reentry/entries/" + UUID.randomUUID()), body);
        var flagOffVerify = api.post(standby.credential(), hotel.path("/reentry/verify"), verify);
        ok(api.put(support, "/api/v1/admin/properties/" + hotel.code + "/backup", Map.of("enabled", true)));
        ok(api.post(hotel.admin, hotel.path("/devices/" + standby.deviceId() + "/revoke"), Map.of()));
        var revoked = api.post(standby.credential(), hotel.path("/reentry/entries/" + UUID.randomUUID()), body);
        var revokedVerify = api.post(standby.credential(), hotel.path("/reentry/verify"), verify);

        assertThat(otherProperty.status()).isEqualTo(404);
        assertThat(api.post(other.credential(), hotel.path("/reentry/verify"), verify)
                        .status())
                .isEqualTo(404);
        assertThat(user.status()).as("a user is not a device").isEqualTo(401);
        assertThat(none.status()).isEqualTo(401);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.text("errors/0/field")).isEqualTo("entryId");
        assertThat(flagOff.status()).isEqualTo(403);
        assertThat(flagOff.text("type")).endsWith("backup-disabled");
        assertThat(flagOffVerify.status()).isEqualTo(403);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.text("detail")).contains("revoked");
        assertThat(revokedVerify.status()).isEqualTo(401);
        for (var answer : List.of(otherProperty, user, none, badId, flagOff, revoked)) {
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        }
        var after = rowCounts();
        after.remove("AUDIT_ENTRY");
        after.remove("DEVICE");
        before.remove("AUDIT_ENTRY");
        before.remove("DEVICE");
        assertThat(after).as("nothing re-entered").isEqualTo(before);
    }

    @Test
    void givenBadInput_whenReentering_thenAProblemNamingTheFieldAndNothingRecorded() {
        Standby standby = standby("BAD");
        String conf = standby.hotel().book("Bad", OUTAGE_DAY, "2026-11-25", "101");
        // A list, not a map keyed by field: two cases name "action", and both must be sent.
        List<BadEntry> cases = new ArrayList<>();
        Map<String, Object> noAction = walkIn("D2000", "102");
        noAction.remove("action");
        BadEntry.add(cases, "action", noAction);
        BadEntry.add(cases, "action", with(walkIn("D2000", "102"), "action", "TELEPORT"));
        BadEntry.add(cases, "originalAt", with(walkIn("D2000", "102"), "originalAt", "yesterday"));
        BadEntry.add(cases, "businessDate", with(walkIn("D2000", "102"), "businessDate", "2026-11-24"));
        BadEntry.add(cases, "enteredBy", with(walkIn("D2000", "102"), "enteredBy", " "));
        BadEntry.add(cases, "bookingRef", with(walkIn("D2000", "102"), "bookingRef", "2000"));
        BadEntry.add(cases, "booking.lastName", with(walkIn("D2000", "102"), "booking", Map.of("firstName", "No")));
        BadEntry.add(
                cases,
                "booking.adults",
                with(walkIn("D2000", "102"), "booking", with(walkInBooking("102"), "adults", 3)));
        BadEntry.add(
                cases,
                "booking.email",
                with(walkIn("D2000", "102"), "booking", with(walkInBooking("102"), "email", "not an address")));
        BadEntry.add(
                cases,
                "booking.rate",
                with(walkIn("D2000", "102"), "booking", with(walkInBooking("102"), "rate", new BigDecimal("-1"))));
        BadEntry.add(
                cases,
                "booking.source",
                with(walkIn("D2000", "102"), "booking", with(walkInBooking("102"), "source", "NOPE")));
        BadEntry.add(cases, "line", entry("CHARGE", conf));
        BadEntry.add(
                cases,
                "line.item",
                line("CHARGE", conf, Map.of("item", "NOPE", "quantity", 1, "unitPrice", new BigDecimal("1.00"))));
        BadEntry.add(
                cases,
                "line.cardLast4",
                line(
                        "PAYMENT",
                        conf,
                        Map.of(
                                "receiptType",
                                "VISA",
                                "amount",
                                new BigDecimal("5.00"),
                                "cardLast4",
                                "4111111111111111")));
        BadEntry.add(
                cases,
                "line.cardNumber",
                line(
                        "PAYMENT",
                        conf,
                        Map.of(
                                "receiptType",
                                "VISA",
                                "amount",
                                new BigDecimal("5.00"),
                                "cardNumber",
                                "4111111111111111")));
        BadEntry.add(
                cases,
                "line.amount",
                line("PAYMENT", conf, Map.of("receiptType", "CASH", "amount", new BigDecimal("-5.00"))));
        BadEntry.add(cases, "booking.cancelReason", booking("CANCEL", conf, Map.of()));
        BadEntry.add(
                cases,
                // A value of the wrong type inside a nested object is named by its path, as everywhere in the API.
                "room.housekeeping",
                with(
                        room("101", "CLEAN", false),
                        "room",
                        Map.of("number", "101", "housekeeping", "SPARKLING", "outOfOrder", false)));
        var before = rowCounts();
        int sent = 0;
        for (BadEntry bad : cases) {
            String field = bad.field();
            var answer = enter(standby, UUID.randomUUID().toString(), bad.body());
            sent++;
            assertThat(answer.status()).as("%s: %s", field, answer).isEqualTo(400);
            assertThat(answer.isProblem()).as(field).isTrue();
            List<String> fields = new ArrayList<>();
            answer.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertThat(fields).as("%s: %s", field, answer).contains(field);
        }
        assertThat(sent).as("every case sent, both for \"action\"").isEqualTo(18);
        var unknownBooking = enter(standby, UUID.randomUUID().toString(), entry("CHECK_OUT", "999999"));
        assertThat(unknownBooking.status()).isEqualTo(404);
        var unknownLine =
                enter(standby, UUID.randomUUID().toString(), line("VOID", conf, Map.of("reversesLineId", 999999)));
        assertThat(unknownLine.status()).isEqualTo(404);
        var tooMany = api().post(
                        standby.credential(),
                        standby.hotel().path("/reentry/verify"),
                        Map.of(
                                "entryIds",
                                java.util.Collections.nCopies(
                                        5001, UUID.randomUUID().toString())));
        assertThat(tooMany.status()).isEqualTo(400);
        var notUuids = api().post(
                        standby.credential(),
                        standby.hotel().path("/reentry/verify"),
                        Map.of("entryIds", List.of("nope")));
        assertThat(notUuids.status()).isEqualTo(400);
        assertThat(notUuids.text("errors/0/field")).isEqualTo("entryIds");
        assertThat(rowCounts()).isEqualTo(before);
    }

    // --- helpers ---

    /** A re-entry body that must be refused with a problem naming {@code field}. */
    private record BadEntry(String field, Map<String, Object> body) {
        static void add(List<BadEntry> cases, String field, Map<String, Object> body) {
            cases.add(new BadEntry(field, body));
        }
    }

    private Standby standby(String code) {
        Api api = api();
        TestHotel hotel = TestHotel.open(api, support, code, OUTAGE_DAY);
        ok(api.put(support, "/api/v1/admin/properties/" + code + "/backup", Map.of("enabled", true)));
        String pairing = ok(api.post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        String credential = ok(api.post(
                        null, "/api/v1/pairing", Map.of("code", pairing, "deviceName", "Standby " + code)))
                .text("credential");
        JsonNode devices = ok(api.get(hotel.admin, hotel.path("/devices"))).json();
        long deviceId = devices.get(devices.size() - 1).get("id").asLong();
        return new Standby(hotel, credential, deviceId);
    }

    private Api.Answer enter(Standby standby, String entryId, Map<String, Object> body) {
        return api().post(standby.credential(), standby.hotel().path("/reentry/entries/" + entryId), body);
    }

    private static Api.Answer created(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer;
    }

    private static Map<String, Object> entry(String action, String bookingRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        if (bookingRef != null) {
            body.put("bookingRef", bookingRef);
        }
        body.put("originalAt", ORIGINAL_AT);
        body.put("businessDate", OUTAGE_DAY);
        body.put("enteredBy", "dana");
        return body;
    }

    private static Map<String, Object> walkInBooking(String room) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("firstName", "Wanda");
        b.put("lastName", "Walker");
        b.put("phone", "+351 21 000 0001");
        b.put("source", "WALKIN");
        b.put("roomType", "STD");
        b.put("room", room);
        b.put("arrival", OUTAGE_DAY);
        b.put("departure", "2026-11-25");
        b.put("adults", 1);
        b.put("children", 0);
        b.put("rate", new BigDecimal("95.00"));
        return b;
    }

    private static Map<String, Object> walkIn(String dNumber, String room) {
        return with(entry("WALK_IN", dNumber), "booking", walkInBooking(room));
    }

    private static Map<String, Object> booking(String action, String ref, Map<String, Object> booking) {
        return with(entry(action, ref), "booking", booking);
    }

    private static Map<String, Object> line(String action, String ref, Map<String, Object> line) {
        return with(entry(action, ref), "line", line);
    }

    private static Map<String, Object> room(String number, String housekeeping, boolean outOfOrder) {
        return with(
                entry("ROOM_STATUS", null),
                "room",
                Map.of("number", number, "housekeeping", housekeeping, "outOfOrder", outOfOrder));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private List<EventEnvelope> feed(Standby standby) {
        var page = ok(api().get(standby.credential(), standby.hotel().path("/feed?after=0&limit=1000")));
        List<EventEnvelope> all = new ArrayList<>();
        for (JsonNode event : page.json().get("events")) {
            var decoded = EventCodec.decode(event.toString());
            assertThat(decoded).isInstanceOf(DecodeResult.Decoded.class);
            all.add(((DecodeResult.Decoded) decoded).envelope());
        }
        return all;
    }

    private static <T> List<T> concurrently(int copies, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                futures.add(pool.submit(call));
            }
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
