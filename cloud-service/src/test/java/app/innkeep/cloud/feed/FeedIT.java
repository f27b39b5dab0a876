package app.innkeep.cloud.feed;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.outbox.EncodedEvents;
import app.innkeep.cloud.outbox.FeedEvents;
import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cloud side of the standby contract over real HTTP: the backup flag, pairing, the ordered feed of every change,
 * revocation, retention and the fences between properties.
 */
abstract class FeedIT extends CloudIT {

    TestHotel sea;
    TestHotel oak;
    String support;

    @Inject
    FeedRetention retention;

    @Inject
    FeedEvents feedEvents;

    @Inject
    TransactionOperations<Connection> transactions;

    /** Runs of four events, so every test here reads pages made of sealed runs, their slices and rows (ADR 0024). */
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("innkeep.feed.run-length", String.valueOf(RUN));
    }

    static final int RUN = 4;

    @BeforeAll
    void openHotels() {
        support = supportToken();
        sea = TestHotel.open(api(), support, "SEA", "2026-03-10");
        oak = TestHotel.open(api(), support, "OAK", "2026-03-10");
    }

    @Test
    void withoutTheBackupFlagNoStandbyCanPair() {
        Api api = api();
        TestHotel flg = TestHotel.open(api, support, "FLG", "2026-03-10");
        var refused = api.post(flg.admin, flg.path("/pairing-codes"), Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("detail")).contains("support staff must enable it");
        var notSupport = api.put(flg.admin, "/api/v1/admin/properties/FLG/backup", Map.of("enabled", true));
        assertThat(notSupport.status()).isEqualTo(403);
        var trail = ok(api.get(flg.admin, flg.path("/audit?subjectType=property")));
        assertThat(trail.json())
                .noneSatisfy(e -> assertThat(e.get("action").asText()).startsWith("backup."));
    }

    @Test
    void aPairedStandbyReadsEveryChangeInOrderAndExactlyOnce() {
        Api api = api();
        TestHotel ord = TestHotel.open(api, support, "ORD", "2026-03-10");
        String credential = pair(ord, "Front desk PC");
        String conf = ord.book("Feed", "2026-03-10", "2026-03-12", "101");
        ok(api.post(ord.desk, ord.path("/bookings/" + conf + "/check-in"), Map.of()));
        var charge =
                ok(api.post(ord.desk, ord.path("/bookings/" + conf + "/folio/charges"), Map.of("item", "MINIBAR")));
        var voided = ok(api.post(
                ord.desk, ord.path("/bookings/" + conf + "/folio/charges/" + charge.text("id") + "/void"), Map.of()));
        var paid = ok(api.post(
                ord.desk,
                ord.path("/bookings/" + conf + "/folio/payments"),
                Map.of("receiptType", "VISA", "amount", new BigDecimal("50"), "cardLast4", "4242")));
        ok(api.put(ord.desk, ord.path("/rooms/102/status"), Map.of("housekeeping", "DIRTY", "outOfOrder", false)));
        ord.masterData("receipt-types", Map.of("code", "AMEX", "description", "American Express", "card", true));

        List<EventEnvelope> events = readAll(ord, credential, 0, 3);
        assertThat(events)
                .extracting(EventEnvelope::sequence)
                .as("gap-free from 1")
                .containsExactlyElementsOf(range(1, events.size()));
        assertThat(events)
                .extracting(EventEnvelope::eventId)
                .as("no event twice")
                .doesNotHaveDuplicates();
        // Every change once, in order: opening the property (RENT), the test hotel's master data and rooms, then
        // what the desk did. An event emitted twice, or one too many, fails here.
        List<String> opening = List.of(
                "masterdata.changed inventory-item RENT",
                "masterdata.changed inventory-item MINIBAR",
                "masterdata.changed inventory-item PARKING",
                "masterdata.changed receipt-type CASH",
                "masterdata.changed receipt-type VISA",
                "masterdata.changed source WALKIN",
                "masterdata.changed source WEB",
                "masterdata.changed room-type STD",
                "masterdata.changed room-type STE",
                "masterdata.changed room 101",
                "masterdata.changed room 102",
                "masterdata.changed room 103",
                "masterdata.changed room 301");
        List<String> desk = List.of(
                "booking.created " + conf,
                "booking.checked-in " + conf,
                "folio.charge-posted " + charge.text("id"),
                "folio.charge-voided " + voided.text("id"),
                "folio.payment-posted " + paid.text("id"),
                "room.status-changed 102",
                "masterdata.changed receipt-type AMEX");
        List<String> expected = new ArrayList<>(opening);
        expected.addAll(desk);
        assertThat(events).extracting(FeedIT::change).containsExactlyElementsOf(expected);
        var created = events.stream()
                .map(EventEnvelope::event)
                .filter(e -> e instanceof PropertyEvent.BookingCreated)
                .findFirst()
                .orElseThrow();
        assertThat(((PropertyEvent.BookingCreated) created).booking().guest().lastName())
                .isEqualTo("Feed");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.property()).isEqualTo("ORD");
            assertThat(e.actor()).isNotBlank();
        });
        var payment = events.stream()
                .map(EventEnvelope::event)
                .filter(e -> e instanceof PropertyEvent.PaymentPosted)
                .findFirst()
                .orElseThrow();
        assertThat(((PropertyEvent.PaymentPosted) payment).line().cardLast4()).isEqualTo("4242");

        var page = api.get(credential, ord.path("/feed?after=" + events.size()));
        assertThat(page.json().get("events")).isEmpty();
        assertThat(page.json().get("head").asLong()).isEqualTo(events.size());

        var devices = ok(api.get(support, "/api/v1/admin/devices"));
        assertThat(devices.json()).anySatisfy(d -> {
            assertThat(d.get("property").asText()).isEqualTo("ORD");
            assertThat(d.get("lastSequence").asLong()).isEqualTo(events.size());
            assertThat(d.get("lagEvents").asLong()).isZero();
            assertThat(d.get("timeZone").asText())
                    .as("support staff read the property's clock")
                    .isEqualTo("Europe/Lisbon");
        });
    }

    @Test
    void aPairingCodeWorksOnceAndTheCredentialReadsOnlyItsOwnProperty() {
        Api api = api();
        ok(api.put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        String code =
                ok(api.post(sea.admin, sea.path("/pairing-codes"), Map.of())).text("code");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        var paired = api.post(
                null,
                "/api/v1/pairing",
                Map.of("code", code.toLowerCase().replace("-", " "), "deviceName", "Back office"));
        assertThat(paired.status()).as(paired.toString()).isEqualTo(201);
        var again = api.post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Thief"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("errors/0/field")).isEqualTo("code");

        String credential = paired.text("credential");
        assertThat(api.get(credential, oak.path("/feed")).status())
                .as("another property's feed")
                .isEqualTo(404);
        assertThat(api.get(credential, sea.path("/bookings")).status())
                .as("a device is not a user")
                .isEqualTo(401);
        assertThat(api.get(sea.admin, sea.path("/feed")).status())
                .as("a user is not a device")
                .isEqualTo(401);
        assertThat(api.get(null, sea.path("/feed")).status()).isEqualTo(401);
        assertThat(api.get("ikd_forged", sea.path("/feed")).status()).isEqualTo(401);
    }

    @Test
    void revokingTheDeviceOrTurningTheFlagOffCutsAccessAtOnce() {
        Api api = api();
        String credential = pair(sea, "Laptop");
        long deviceId = ok(api.get(sea.admin, sea.path("/devices")))
                .json()
                .get(ok(api.get(sea.admin, sea.path("/devices"))).json().size() - 1)
                .get("id")
                .asLong();
        assertThat(api.get(credential, sea.path("/feed?after=" + head(credential)))
                        .status())
                .isEqualTo(200);

        ok(api.put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", false)));
        var off = api.get(credential, sea.path("/feed?after=" + head(credential)));
        assertThat(off.status()).isEqualTo(403);
        assertThat(off.text("type")).endsWith("backup-disabled");
        ok(api.put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        assertThat(api.get(credential, sea.path("/feed?after=" + head(credential)))
                        .status())
                .isEqualTo(200);

        var oakRevoke = api.post(oak.admin, oak.path("/devices/" + deviceId + "/revoke"), Map.of());
        assertThat(oakRevoke.status()).as("OAK cannot revoke SEA's device").isEqualTo(404);
        ok(api.post(sea.admin, sea.path("/devices/" + deviceId + "/revoke"), Map.of()));
        var revoked = api.get(credential, sea.path("/feed?after=" + head(credential)));
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.text("detail"))
                .as("when, in the property's time with its zone, as a person reads it")
                .containsPattern("revoked on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} Europe/Lisbon;");
        var trail = ok(api.get(sea.admin, sea.path("/audit?subjectType=property&subjectKey=SEA")));
        assertThat(trail.json())
                .extracting(e -> e.get("action").asText())
                .contains("backup.enabled", "backup.disabled");
    }

    @Test
    void anUpToDateStandbyIsAnsweredWithoutReadingEventsAndSeesNewsAndRevocationAtTheNextPoll() throws Exception {
        Api api = api();
        TestHotel cur = TestHotel.open(api, support, "CUR", "2026-03-10");
        String credential = pair(cur, "Up to date");
        long head = ok(api.get(credential, cur.path("/feed?limit=1000")))
                .json()
                .get("head")
                .asLong();

        // Given another transaction holding the event table so that any read of it would wait for it,
        try (Connection holder = database.connect()) {
            holder.setAutoCommit(false);
            holder.createStatement()
                    .execute(
                            database.url().startsWith("jdbc:derby")
                                    ? "LOCK TABLE OUTBOX_EVENT IN EXCLUSIVE MODE"
                                    : "LOCK TABLE OUTBOX_EVENT IN ACCESS EXCLUSIVE MODE");
            // when the standby at the head asks, it is answered all the same: nothing new, without a read of events.
            var nothing = ok(api.get(credential, cur.path("/feed?after=" + head)));
            assertThat(nothing.json().get("events")).isEmpty();
            assertThat(nothing.json().get("next").asLong()).isEqualTo(head);
            assertThat(nothing.json().get("head").asLong()).isEqualTo(head);
            holder.rollback();
        }

        // A change made just now is in the very next poll, from the event after the cursor.
        cur.book("News", "2026-04-01", "2026-04-02", null);
        var news = ok(api.get(credential, cur.path("/feed?after=" + head)));
        assertThat(sequences(news.json())).first().isEqualTo(head + 1);
        long newHead = news.json().get("head").asLong();

        // The fast path's "last seen" reaches the sync-health view.
        ok(api.get(credential, cur.path("/feed?after=" + newHead)));
        assertThat(ok(api.get(cur.admin, cur.path("/devices"))).json())
                .anySatisfy(d -> assertThat(d.get("lastSequence").asLong()).isEqualTo(newHead));

        // The flag turned off, then the device revoked: the next up-to-date poll is refused each time.
        ok(api.put(support, "/api/v1/admin/properties/CUR/backup", Map.of("enabled", false)));
        assertThat(api.get(credential, cur.path("/feed?after=" + newHead)).status())
                .isEqualTo(403);
        ok(api.put(support, "/api/v1/admin/properties/CUR/backup", Map.of("enabled", true)));
        long deviceId = ok(api.get(cur.admin, cur.path("/devices")))
                .json()
                .get(0)
                .get("id")
                .asLong();
        ok(api.post(cur.admin, cur.path("/devices/" + deviceId + "/revoke"), Map.of()));
        assertThat(api.get(credential, cur.path("/feed?after=" + newHead)).status())
                .isEqualTo(401);
    }

    @Test
    void aCursorBehindRetentionIsToldToResync() {
        Api api = api();
        TestHotel ret = TestHotel.open(api, support, "RET", "2026-03-10");
        String credential = pair(ret, "Retention test");
        ret.book("Old", "2026-04-01", "2026-04-02", null);
        long head = api.get(credential, ret.path("/feed")).json().get("head").asLong();
        assertThat(head).isPositive();
        // A cut-off in the future trims every property's feed; the other tests read from their head, not from 0.
        retention.purgeOlderThan(Instant.now().plus(1, ChronoUnit.DAYS));
        var gone = api.get(credential, ret.path("/feed?after=0"));
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.text("detail")).contains("full resync");
        var current = api.get(credential, ret.path("/feed?after=" + head));
        assertThat(current.status()).as("a standby that is up to date goes on").isEqualTo(200);
        ret.book("New", "2026-04-03", "2026-04-04", null);
        assertThat(readAll(ret, credential, head, 100))
                .extracting(EventEnvelope::sequence)
                .first()
                .isEqualTo(head + 1);
    }

    @Test
    void pagesReadOneAfterAnotherAreTheCurrentPagesAndRevocationOrRetentionWinAtOnce() {
        Api api = api();
        TestHotel rah = TestHotel.open(api, support, "RAH", "2026-03-10");
        String credential = pair(rah, "Paging test");
        String witness = pair(rah, "Witness");
        for (int n = 0; n < 4; n++) {
            rah.book("Paged" + n, "2026-04-0" + (n + 1), "2026-04-0" + (n + 2), null);
        }
        long head = api.get(credential, rah.path("/feed")).json().get("head").asLong();
        assertThat(head).isGreaterThan(12);

        // The page after a full one is short (2 events) until more are booked; the next request sees those too.
        var first = ok(api.get(credential, rah.path("/feed?limit=5&after=" + (head - 7))));
        assertThat(first.json().get("events")).hasSize(5);
        rah.book("Later", "2026-04-10", "2026-04-11", null);
        var second = ok(api.get(credential, rah.path("/feed?limit=5&after=" + (head - 2))));
        assertThat(second.json().get("events"))
                .as("the events booked since are in the page")
                .hasSize(3);
        assertThat(sequences(second.json())).containsExactly(head - 1, head, head + 1);

        // Pages read one after the other are the pages a single read gives.
        List<EventEnvelope> paged = readAll(rah, credential, 0, 4);
        List<EventEnvelope> whole = readAll(rah, witness, 0, 1000);
        assertThat(paged)
                .extracting(EventEnvelope::eventId)
                .containsExactlyElementsOf(
                        whole.stream().map(EventEnvelope::eventId).toList());

        // Revoking the device or trimming the feed between two pages refuses the next at once.
        ok(api.get(credential, rah.path("/feed?limit=2&after=0")));
        long deviceId = ok(api.get(rah.admin, rah.path("/devices")))
                .json()
                .get(0)
                .get("id")
                .asLong();
        ok(api.post(rah.admin, rah.path("/devices/" + deviceId + "/revoke"), Map.of()));
        assertThat(api.get(credential, rah.path("/feed?limit=2&after=2")).status())
                .isEqualTo(401);
        ok(api.get(witness, rah.path("/feed?limit=2&after=0")));
        retention.purgeOlderThan(Instant.now().plus(1, ChronoUnit.DAYS));
        assertThat(api.get(witness, rah.path("/feed?limit=2&after=2")).status()).isEqualTo(410);
    }

    @Test
    void everyPageReadFromSealedRunsIsByteForByteThePageTheRowsGive() {
        Api api = api();
        TestHotel run = TestHotel.open(api, support, "RUN", "2026-03-10");
        String credential = pair(run, "Run test");
        for (int n = 1; n <= 5; n++) {
            String conf = run.book("Rün" + n + " 中文", "2026-03-10", "2026-03-1" + (n + 1), null);
            if (n % 2 == 0) {
                ok(api.post(run.desk, run.path("/bookings/" + conf + "/cancel"), Map.of("reason", "test")));
            }
        }
        long propertyId = transactions.executeRead(s -> {
            try (var rs =
                    s.getConnection().createStatement().executeQuery("SELECT ID FROM PROPERTY WHERE CODE = 'RUN'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        long head = transactions.executeRead(s -> feedEvents.head(propertyId));
        assertThat(head).as("enough events for several runs and a tail").isGreaterThan(3L * RUN + 1);
        long runs = transactions.executeRead(s -> {
            try (var rs = s.getConnection()
                    .createStatement()
                    .executeQuery("SELECT COUNT(*) FROM OUTBOX_RUN WHERE PROPERTY_ID = " + propertyId)) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(runs).as("one run per %d events written", RUN).isEqualTo(head / RUN);

        for (long after = 0; after <= head; after++) {
            for (int limit : List.of(1, 2, 3, RUN, RUN + 1, 2 * RUN + 3, 1000)) {
                long cursor = after;
                var fromRuns = transactions.executeRead(s -> feedEvents.encodedPage(propertyId, cursor, limit));
                var fromRows = transactions.executeRead(
                        s -> EncodedEvents.of(feedEvents.page(propertyId, cursor, limit).stream()
                                .map(FeedEvents.StoredEvent::payload)
                                .toList()));
                assertThat(fromRuns.count())
                        .as("after %d, limit %d", after, limit)
                        .isEqualTo(fromRows.count());
                assertThat(new String(fromRuns.json(), StandardCharsets.UTF_8))
                        .as("after %d, limit %d", after, limit)
                        .isEqualTo(new String(fromRows.json(), StandardCharsets.UTF_8));
            }
            // Over HTTP (the feed's lane sends a page's slices as views, ADR 0025): the same events, byte for byte.
            String body = ok(api.get(credential, run.path("/feed?after=" + after + "&limit=" + (2 * RUN + 3))))
                    .body();
            long cursor = after;
            var fromRows = transactions.executeRead(s ->
                    EncodedEvents.of(feedEvents.page(propertyId, cursor, 2 * RUN + 3).stream()
                            .map(FeedEvents.StoredEvent::payload)
                            .toList()));
            assertThat(body.substring(body.indexOf("\"events\":[") + "\"events\":[".length(), body.length() - 2))
                    .as("the page over HTTP after %d", after)
                    .isEqualTo(new String(fromRows.json(), StandardCharsets.UTF_8));
        }
    }

    private static List<Long> sequences(JsonNode page) {
        List<Long> out = new ArrayList<>();
        page.get("events").forEach(e -> out.add(e.get("sequence").asLong()));
        return out;
    }

    @Test
    void badCursorsAndPageSizesAreRefusedClearly() {
        Api api = api();
        String credential = pair(sea, "Cursor test");
        assertThat(api.get(credential, sea.path("/feed?after=-1")).status()).isEqualTo(400);
        assertThat(api.get(credential, sea.path("/feed?limit=0")).status()).isEqualTo(400);
        assertThat(api.get(credential, sea.path("/feed?limit=100000")).status()).isEqualTo(400);
        var ahead = api.get(credential, sea.path("/feed?after=999999"));
        assertThat(ahead.status()).isEqualTo(409);
        assertThat(ahead.text("errors/0/field")).isEqualTo("after");
        assertThat(api.get(credential, sea.path("/feed?after=abc")).status()).isEqualTo(400);
    }

    @Test
    void theFeedIsGzippedForClientsThatAskForIt() throws Exception {
        TestHotel gzp = TestHotel.open(api(), support, "GZP", "2026-03-10");
        String credential = pair(gzp, "Gzip test");
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(
                java.net.http.HttpRequest.newBuilder(server.getURI().resolve(gzp.path("/feed?limit=1000&after=0")))
                        .header("Authorization", "Bearer " + credential)
                        .header("Accept-Encoding", "gzip")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-encoding")).contains("gzip");
        String body = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes());
        assertThat(Json.parse(body)).isInstanceOf(Map.class);
    }

    /** Where a standby that is up to date would ask from (other tests trim the feed with retention). */
    private long head(String credential) {
        var devices = ok(api().get(sea.admin, sea.path("/devices")));
        return devices.json().get(0).get("headSequence").asLong();
    }

    private String pair(TestHotel hotel, String name) {
        Api api = api();
        ok(api.put(support, "/api/v1/admin/properties/" + hotel.code + "/backup", Map.of("enabled", true)));
        String code = ok(api.post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        return ok(api.post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", name)))
                .text("credential");
    }

    /** Reads the feed page by page from {@code after} to its head, decoding each event as a standby would. */
    private List<EventEnvelope> readAll(TestHotel hotel, String credential, long after, int pageSize) {
        List<EventEnvelope> all = new ArrayList<>();
        long cursor = after;
        while (true) {
            var page = ok(api().get(credential, hotel.path("/feed?after=" + cursor + "&limit=" + pageSize)));
            JsonNode events = page.json().get("events");
            for (JsonNode event : events) {
                var decoded = EventCodec.decode(event.toString());
                assertThat(decoded).isInstanceOf(DecodeResult.Decoded.class);
                all.add(((DecodeResult.Decoded) decoded).envelope());
            }
            cursor = page.json().get("next").asLong();
            if (events.isEmpty() || cursor >= page.json().get("head").asLong()) {
                return all;
            }
        }
    }

    /** An event as "type subject": the booking, folio line, master-data entry, room or date it is about. */
    private static String change(EventEnvelope envelope) {
        String subject = switch (envelope.event()) {
            case PropertyEvent.BookingEvent b -> b.booking().confirmation();
            case PropertyEvent.FolioEvent f -> String.valueOf(f.line().lineId());
            case PropertyEvent.MasterDataChanged m -> m.kind() + " " + m.code();
            case PropertyEvent.RoomStatusChanged r -> r.room();
            case PropertyEvent.BusinessDateRolled d -> d.businessDate().toString();
            case PropertyEvent.LetterTemplateChanged t -> t.name();
        };
        return envelope.type() + " " + subject;
    }

    private static List<Long> range(long from, int count) {
        List<Long> out = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            out.add(from + i);
        }
        return out;
    }
}
