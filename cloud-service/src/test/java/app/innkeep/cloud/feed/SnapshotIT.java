package app.innkeep.cloud.feed;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.Eventually;
import app.innkeep.cloud.support.TestHotel;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import com.fasterxml.jackson.databind.JsonNode;
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
