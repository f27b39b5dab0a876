package app.innkeep.standby.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.event.EventCodec;
import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.preflight.MasterDataPreflight.Entry;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import app.innkeep.standby.support.TestClock;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The held events through their repository, on a real encrypted replica: held by a feed page's batch as the sync does,
 * then read by the status page and the health check, and retried and cleared once their master data is here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldEventsIT {

    static final Path GOLDEN = Path.of("../shared-model/src/test/resources/golden");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    ApplicationContext context;
    HeldEvents held;
    ReplicaApplier applier;
    InTransaction tx;
    Instant heldAt;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        StandbyHotel.seaside(context, TODAY).rooms("DLX", "201");
        held = context.getBean(HeldEvents.class);
        applier = context.getBean(ReplicaApplier.class);
        tx = InTransaction.of(context);
        heldAt = context.getBean(TestClock.class).instant();
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void heldEventsAreReadInFeedOrderAndClearedWhenTheirMasterDataComes() throws IOException {
        String created = event("booking.created", 41);
        String modified = event("booking.modified", 42);
        String unknown = "{\"type\":\"spa.booked\",\"schemaVersion\":1,\"property\":\"SEA\",\"sequence\":43}";

        PageCounts counts = tx.write(() -> applier.applyPage(List.of(entry(created), entry(modified), entry(unknown))));

        assertThat(counts).isEqualTo(new PageCounts(0, 3));
        assertThat(tx.read(held::count)).isEqualTo(3);
        List<HeldEvents.Held> oldest = tx.read(() -> held.oldest(2));
        assertThat(oldest).extracting(HeldEvents.Held::sequence).containsExactly(41L, 42L);
        HeldEvents.Held first = oldest.getFirst();
        assertThat(first.type()).isEqualTo("booking.created");
        assertThat(first.subject()).isEqualTo("100042");
        assertThat(first.reason()).startsWith("source WEB is not in this standby's master data");
        assertThat(first.heldAt()).isEqualTo(heldAt);
        assertThat(oldest.get(1).reason()).isEqualTo("waits behind held event 41 of booking 100042");
        HeldEvents.Held third = tx.read(() -> held.oldest(3)).getLast();
        assertThat(third.subject()).as("an event of no booking").isNull();
        assertThat(tx.read(held::all))
                .containsExactly(
                        new HeldEvents.Waiting(41, created),
                        new HeldEvents.Waiting(42, modified),
                        new HeldEvents.Waiting(43, unknown));
        assertThat(tx.read(() -> held.olderHeld("100042", 42))).isTrue();
        assertThat(tx.read(() -> held.olderHeld("100042", 41))).isFalse();
        assertThat(tx.read(() -> held.olderHeld("100043", 99))).isFalse();

        MasterDataPreflight preflight = context.getBean(MasterDataPreflight.class);
        tx.run(() -> preflight.save(new Entry("source", "WEB", "Web", null, null, null, true)));
        int retried = tx.write(applier::retryHeld);

        assertThat(retried).as("the room type is still missing").isZero();
        assertThat(tx.read(() -> held.oldest(1)).getFirst().reason()).startsWith("room-type DLX is not in");

        long appliedBefore = tx.read(() -> context.getBean(SyncStates.class).current())
                .orElseThrow()
                .eventsApplied();
        tx.run(() -> preflight.save(new Entry("room-type", "DLX", "Deluxe", null, null, 2, true)));
        retried = tx.write(applier::retryHeld);

        assertThat(retried).isEqualTo(2);
        assertThat(tx.read(() -> held.oldest(10)))
                .extracting(HeldEvents.Held::sequence)
                .containsExactly(43L);
        assertThat(tx.read(() -> context.getBean(SyncStates.class).current())
                        .orElseThrow()
                        .eventsApplied())
                .isEqualTo(appliedBefore + 2);
    }

    private static ReplicaApplier.FeedEntry entry(String json) {
        return new ReplicaApplier.FeedEntry(EventCodec.decode(json), () -> json);
    }

    private static String event(String type, long sequence) throws IOException {
        return Files.readString(GOLDEN.resolve(type + ".json"))
                .replaceFirst("\"sequence\": \\d+", "\"sequence\": " + sequence)
                .replaceFirst("\"property\": \"\\w+\"", "\"property\": \"SEA\"");
    }
}
