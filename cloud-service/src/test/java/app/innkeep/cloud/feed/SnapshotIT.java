package app.innkeep.cloud.feed;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.Eventually;
import app.innkeep.cloud.support.TestHotel;
import app.innkeep.model.StandbyVersion;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.json.Json;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The bootstrap snapshot: complete, consistent with the feed sequence it names, and fenced like the feed. */
abstract class SnapshotIT extends CloudIT {

    private static final Duration BUSY_WAIT = Duration.ofSeconds(60);

    @Test
    void theSnapshotHoldsWhatTheStandbyNeedsAndEndsWithItsCounts() {
        Api api = api();
        String support = supportToken();
        TestHotel hotel = TestHotel.open(api, support, "SNP", "2026-03-10");
        String credential = pair(hotel, support);
        String inHouse = hotel.book("Gonçalves", "2026-03-10", "2026-03-12", "101");
        ok(api.post(hotel.desk, hotel.path("/bookings/" + inHouse + "/check-in"), Map.of()));
        ok(api.post(
                hotel.desk,
                hotel.path("/bookings/" + inHouse + "/folio/charges"),
                Map.of("item", "MINIBAR", "quantity", 2)));
        String future = hotel.book("Future", "2026-05-01", "2026-05-03", null);

        List<SnapshotLine> lines = snapshot(hotel, credential, null);
        var header = (SnapshotLine.Header) lines.getFirst();
        var end = (SnapshotLine.End) lines.getLast();
        assertThat(header.property()).isEqualTo("SNP");
        assertThat(header.currency()).isEqualTo("EUR");
        assertThat(header.sequence())
                .isEqualTo(ok(api.get(hotel.admin, hotel.path("/devices")))
                        .json()
                        .get(0)
                        .get("headSequence")
                        .asLong());
        assertThat(end.counts()).isEqualTo(header.counts());
        assertThat(count(lines, SnapshotLine.MasterData.class))
                .isEqualTo(header.counts().get("masterData"))
                .isEqualTo(9);
        assertThat(count(lines, SnapshotLine.Room.class)).isEqualTo(4);
        assertThat(lines)
                .filteredOn(SnapshotLine.MasterData.class::isInstance)
                .extracting(l -> ((SnapshotLine.MasterData) l).entry().code())
                .contains("RENT", "VISA", "WALKIN", "STD");
        assertThat(lines)
                .filteredOn(SnapshotLine.Booking.class::isInstance)
                .extracting(l -> ((SnapshotLine.Booking) l).booking().confirmation())
                .containsExactly(inHouse, future);
        assertThat(lines)
                .filteredOn(SnapshotLine.Booking.class::isInstance)
                .first()
                .satisfies(l -> assertThat(
                                ((SnapshotLine.Booking) l).booking().guest().lastName())
                        .isEqualTo("Gonçalves"));
        assertThat(count(lines, SnapshotLine.FolioLine.class)).isEqualTo(1);

        // The snapshot is one of the calls on which a standby tells the cloud the version it runs.
        assertThat(api.sendRaw("GET", hotel.path("/snapshot"), credential, null, Map.of(StandbyVersion.HEADER, "0.5.0"))
                        .status())
                .isEqualTo(200);
        assertThat(ok(api.get(hotel.admin, hotel.path("/devices")))
                        .json()
                        .get(0)
                        .get("standbyVersion")
                        .asText())
                .isEqualTo("0.5.0");
    }

    @Test
    void aSnapshotTakenWhileTheDeskIsBusyMatchesTheFeedUpToItsSequence() throws Exception {
        Api api = api();
        String support = supportToken();
        TestHotel hotel = TestHotel.open(api, support, "BSY", "2026-03-10");
        String credential = pair(hotel, support);
        String booking = hotel.book("Busy", "2026-03-10", "2026-03-20", "102");
        AtomicInteger posted = new AtomicInteger();
        AtomicBoolean busy = new AtomicBoolean(true);
        List<SnapshotLine> lines;
        try (var desk = Executors.newSingleThreadExecutor()) {
            var charges = desk.submit(() -> {
                while (busy.get()) {
                    ok(api.post(
                            hotel.desk,
                            hotel.path("/bookings/" + booking + "/folio/charges"),
                            Map.of("item", "PARKING")));
                    posted.incrementAndGet();
                }
                return posted.get();
            });
            Eventually.until(BUSY_WAIT, "the desk posts charges", () -> postedSoFar(charges, posted) >= 3);
            // A charge finished between the start and the end of the snapshot was being posted while it was taken.
            lines = Eventually.value(BUSY_WAIT, "a snapshot taken while a charge was being posted", () -> {
                int before = posted.get();
                var taken = snapshot(hotel, credential, 30);
                return posted.get() > before ? Optional.of(taken) : Optional.empty();
            });
            // Two more: the second of them was started after the snapshot was complete.
            int atTheEnd = posted.get();
            Eventually.until(
                    BUSY_WAIT,
                    "the desk posts charges after the snapshot",
                    () -> postedSoFar(charges, posted) >= atTheEnd + 2);
            busy.set(false);
            charges.get();
        }
        long sequence = ((SnapshotLine.Header) lines.getFirst()).sequence();
        Set<Long> inSnapshot = new HashSet<>();
        lines.stream()
                .filter(SnapshotLine.FolioLine.class::isInstance)
                .forEach(l -> inSnapshot.add(((SnapshotLine.FolioLine) l).line().lineId()));
        Set<Long> inFeedUpToSequence = new HashSet<>();
        Set<Long> inFeedAfterSequence = new HashSet<>();
        for (JsonNode event : ok(api.get(credential, hotel.path("/feed?after=0&limit=1000")))
                .json()
                .get("events")) {
            var decoded = ((DecodeResult.Decoded) EventCodec.decode(event.toString())).envelope();
            if (decoded.event() instanceof PropertyEvent.ChargePosted(var line)) {
                (decoded.sequence() <= sequence ? inFeedUpToSequence : inFeedAfterSequence).add(line.lineId());
            }
        }
        assertThat(inFeedUpToSequence).as("charges the snapshot must hold").isNotEmpty();
        assertThat(inFeedAfterSequence)
                .as("charges posted after the snapshot's sequence")
                .isNotEmpty();
        assertThat(inFeedUpToSequence.size() + inFeedAfterSequence.size()).isEqualTo(posted.get());
        assertThat(inSnapshot).as("snapshot at sequence %d", sequence).isEqualTo(inFeedUpToSequence);
    }

    /**
     * Text stored before input was screened, written here straight into the database: half a surrogate pair made
     * every snapshot of its property fail on Derby (PostgreSQL's driver stores such text as '?', and refuses NUL),
     * and raw control characters in a stored event made the feed invalid JSON. Both must still be served as valid
     * UTF-8 JSON that the standby's own readers accept, with U+FFFD for what cannot be written.
     */
    @Test
    void textStoredBeforeScreeningStillGivesAValidSnapshotAndFeed() throws Exception {
        Api api = api();
        String support = supportToken();
        TestHotel hotel = TestHotel.open(api, support, "RAW", "2026-03-10");
        String credential = pair(hotel, support);
        String confirmation = hotel.book("Lone", "2026-03-10", "2026-03-12", null);
        boolean derby = database.name().equals("Derby");
        String broken = "\ud800Web\u0001\u001b" + (derby ? "\u0000" : "");
        try (Connection c = database.connect()) {
            for (String sql : List.of(
                    "UPDATE GUEST SET FIRST_NAME = ? WHERE LAST_NAME = 'Lone'",
                    "UPDATE BOOKING SET NOTES = ? WHERE CONFIRMATION = '" + confirmation + "'",
                    "UPDATE MASTER_CODE SET DESCRIPTION = ? WHERE CODE = 'MINIBAR'",
                    "UPDATE PROPERTY SET NAME = ? WHERE CODE = 'RAW'")) {
                try (PreparedStatement update = c.prepareStatement(sql)) {
                    update.setString(1, broken);
                    assertThat(update.executeUpdate()).as(sql).isEqualTo(1);
                }
            }
            // One stored event with the same text raw inside a string, one with half a pair written as an escape.
            String lastEvent =
                    "SELECT MAX(SEQUENCE_NO) FROM OUTBOX_EVENT WHERE PROPERTY_ID = (SELECT ID FROM PROPERTY WHERE CODE = 'RAW')";
            long last;
            try (ResultSet rs = c.createStatement().executeQuery(lastEvent)) {
                rs.next();
                last = rs.getLong(1);
            }
            replaceInEvent(c, last, "\"Lone\"", "\"Lo" + broken + "ne\"");
            replaceInEvent(c, last, "\"WEB\"", "\"W\\ud800EB\"");
        }

        String text = strictUtf8(getBytes(credential, hotel.path("/snapshot")));
        List<SnapshotLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(SnapshotCodec.decode(line));
        }
        var booking = lines.stream()
                .filter(SnapshotLine.Booking.class::isInstance)
                .map(l -> ((SnapshotLine.Booking) l).booking())
                .filter(b -> b.confirmation().equals(confirmation))
                .findFirst()
                .orElseThrow();
        assertThat(booking.guest().firstName())
                .startsWith(derby ? "\uFFFDWeb" : "?Web")
                .doesNotContain("\ud800");
        assertThat(((SnapshotLine.Header) lines.getFirst()).name()).contains("Web");

        var page = (Map<?, ?>) Json.parse(strictUtf8(getBytes(credential, hotel.path("/feed?after=0&limit=1000"))));
        List<String> lastNames = new ArrayList<>();
        for (Object event : (List<?>) page.get("events")) {
            var decoded = EventCodec.decode(Json.write(event));
            assertThat(decoded).as("%s", event).isInstanceOf(DecodeResult.Decoded.class);
            if (((DecodeResult.Decoded) decoded).envelope().event() instanceof PropertyEvent.BookingCreated created) {
                lastNames.add(created.booking().guest().lastName());
                assertThat(created.booking().source()).isEqualTo("W\uFFFDEB");
            }
        }
        assertThat(lastNames)
                .singleElement()
                .asString()
                .startsWith(derby ? "Lo\uFFFDWeb\u0001\u001b" : "Lo?Web\u0001\u001b")
                .endsWith("ne");
    }

    private static void replaceInEvent(Connection c, long sequence, String from, String to) throws Exception {
        String payload;
        try (PreparedStatement read =
                c.prepareStatement("SELECT PAYLOAD FROM OUTBOX_EVENT WHERE SEQUENCE_NO = ? AND PAYLOAD LIKE ?")) {
            read.setLong(1, sequence);
            read.setString(2, "%" + from + "%");
            try (ResultSet rs = read.executeQuery()) {
                assertThat(rs.next()).as("event %d holds %s", sequence, from).isTrue();
                payload = rs.getString(1);
            }
        }
        try (PreparedStatement write =
                c.prepareStatement("UPDATE OUTBOX_EVENT SET PAYLOAD = ? WHERE SEQUENCE_NO = ? AND PAYLOAD LIKE ?")) {
            write.setString(1, payload.replace(from, to));
            write.setLong(2, sequence);
            write.setString(3, "%" + from + "%");
            assertThat(write.executeUpdate()).isEqualTo(1);
        }
    }

    /** The answer's bytes as sent: the test client would decode them and hide what is not UTF-8. */
    private byte[] getBytes(String credential, String path) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.getURI().resolve(path))
                                .header("Authorization", "Bearer " + credential)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode())
                .as("%s: %s", path, new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response.body();
    }

    /** The bytes as UTF-8, failing on anything that is not (a lone surrogate written as '?' would not show). */
    private static String strictUtf8(byte[] bytes) throws Exception {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    @Test
    void theSnapshotIsGzippedForClientsThatAskForItAndPlainForOthers() throws Exception {
        Api api = api();
        String support = supportToken();
        TestHotel hotel = TestHotel.open(api, support, "GZS", "2026-03-10");
        String credential = pair(hotel, support);
        for (int i = 0; i < 5; i++) {
            hotel.book("Gzip" + i, "2026-03-1" + i, "2026-03-1" + (i + 1), null);
        }

        var zipped = snapshotResponse(credential, hotel.path("/snapshot"), "gzip, deflate");
        var plain = snapshotResponse(credential, hotel.path("/snapshot"), null);

        assertThat(zipped.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        assertThat(plain.headers().firstValue("content-encoding")).isEmpty();
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertThat(zipped.body().length).isLessThan(unzipped.length);
        // The same lines either way; only the header's time of writing may differ.
        List<SnapshotLine> fromZipped = lines(strictUtf8(unzipped));
        List<SnapshotLine> fromPlain = lines(strictUtf8(plain.body()));
        assertThat(fromZipped.getFirst()).isInstanceOf(SnapshotLine.Header.class);
        assertThat(fromZipped.getLast()).isInstanceOf(SnapshotLine.End.class);
        assertThat(fromZipped.subList(1, fromZipped.size()))
                .hasSize(fromPlain.size() - 1)
                .containsExactlyElementsOf(fromPlain.subList(1, fromPlain.size()));
        assertThat(count(fromZipped, SnapshotLine.Booking.class)).isEqualTo(5);
    }

    private HttpResponse<byte[]> snapshotResponse(String credential, String path, String acceptEncoding)
            throws Exception {
        var request =
                HttpRequest.newBuilder(server.getURI().resolve(path)).header("Authorization", "Bearer " + credential);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static List<SnapshotLine> lines(String text) {
        List<SnapshotLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(SnapshotCodec.decode(line));
        }
        return lines;
    }

    @Test
    void aStandbyThatAsksForTheCountsAtTheEndGetsTheSameRowsWithTheLargeSectionsCountedByTheEndLineOnly() {
        Api api = api();
        String support = supportToken();
        TestHotel hotel = TestHotel.open(api, support, "CAE", "2026-03-10");
        String credential = pair(hotel, support);
        String guest = hotel.book("Counted", "2026-03-10", "2026-03-12", "101");
        ok(api.post(hotel.desk, hotel.path("/bookings/" + guest + "/check-in"), Map.of()));
        ok(api.post(hotel.desk, hotel.path("/bookings/" + guest + "/folio/charges"), Map.of("item", "MINIBAR")));
        hotel.book("Later", "2026-04-01", "2026-04-02", null);

        var atEnd = api.get(credential, hotel.path("/snapshot?letterTemplates=true&countsAtEnd=true"));
        var counted = api.get(credential, hotel.path("/snapshot?letterTemplates=true"));
        assertThat(atEnd.status()).isEqualTo(200);
        assertThat(counted.status()).isEqualTo(200);
        List<SnapshotLine> lines = lines(atEnd.body());
        List<SnapshotLine> older = lines(counted.body());
        var header = (SnapshotLine.Header) lines.getFirst();
        var end = (SnapshotLine.End) lines.getLast();
        assertThat(header.counts())
                .as("the header counts the small sections only")
                .containsOnlyKeys("masterData", "rooms", "letterTemplates");
        assertThat(end.counts())
                .as("the end line counts everything, as a header counted for an older standby does")
                .isEqualTo(((SnapshotLine.Header) older.getFirst()).counts())
                .containsEntry("bookings", 2L)
                .containsEntry("folioLines", 1L);
        assertThat(lines.subList(1, lines.size()))
                .as("the same rows in the same order")
                .containsExactlyElementsOf(older.subList(1, older.size()));
    }

    @Test
    void onlyAPairedDeviceOfThePropertyGetsASnapshot() {
        Api api = api();
        String support = supportToken();
        TestHotel mine = TestHotel.open(api, support, "MNE", "2026-03-10");
        TestHotel other = TestHotel.open(api, support, "OTH", "2026-03-10");
        String credential = pair(mine, support);
        assertThat(api.get(credential, other.path("/snapshot")).status()).isEqualTo(404);
        assertThat(api.get(mine.admin, mine.path("/snapshot")).status()).isEqualTo(401);
        assertThat(api.get(credential, mine.path("/snapshot?historyDays=-1")).status())
                .isEqualTo(400);
        ok(api.put(support, "/api/v1/admin/properties/MNE/backup", Map.of("enabled", false)));
        assertThat(api.get(credential, mine.path("/snapshot")).status()).isEqualTo(403);
    }

    /** How many charges the desk has posted; fails at once with the desk's own error if it stopped. */
    private static int postedSoFar(Future<Integer> desk, AtomicInteger posted) {
        if (desk.isDone()) {
            try {
                desk.get();
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError("the desk stopped posting charges", e);
            }
        }
        return posted.get();
    }

    private String pair(TestHotel hotel, String support) {
        ok(api().put(support, "/api/v1/admin/properties/" + hotel.code + "/backup", Map.of("enabled", true)));
        String code = ok(api().post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        return ok(api().post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Snapshot test")))
                .text("credential");
    }

    private List<SnapshotLine> snapshot(TestHotel hotel, String credential, Integer historyDays) {
        var answer = api().get(
                        credential,
                        hotel.path("/snapshot" + (historyDays == null ? "" : "?historyDays=" + historyDays)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/x-ndjson");
        List<SnapshotLine> lines = new ArrayList<>();
        for (String text : answer.body().split("\n")) {
            lines.add(SnapshotCodec.decode(text));
        }
        assertThat(lines.getFirst()).isInstanceOf(SnapshotLine.Header.class);
        assertThat(lines.getLast()).isInstanceOf(SnapshotLine.End.class);
        return lines;
    }

    private static long count(List<SnapshotLine> lines, Class<?> type) {
        return lines.stream().filter(type::isInstance).count();
    }
}
