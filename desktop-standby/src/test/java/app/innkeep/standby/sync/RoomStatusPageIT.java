package app.innkeep.standby.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A page's room states are written as one batch at the end of the page, on a real encrypted replica: each room ends as
 * the page's last event for it says, a room the copy does not have yet is added, and a state this standby does not
 * know is held instead of written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoomStatusPageIT {

    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    ApplicationContext context;
    ReplicaApplier applier;
    Replica replica;
    InTransaction tx;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        StandbyHotel.seaside(context, TODAY).rooms("STD", "101", "102");
        applier = context.getBean(ReplicaApplier.class);
        replica = context.getBean(Replica.class);
        tx = InTransaction.of(context);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void eachRoomEndsAsThePagesLastEventForItSays() {
        PageCounts counts = tx.write(() -> applier.applyPage(page(
                100,
                new RoomStatusChanged("101", null, "DIRTY", false),
                new RoomStatusChanged("102", "DLX", "DIRTY", true),
                new RoomStatusChanged("101", null, "INSPECTED", false),
                new RoomStatusChanged("305", "STE", "CLEAN", false),
                new RoomStatusChanged("102", null, "CLEAN", false))));

        assertThat(counts).isEqualTo(new PageCounts(5, 0));
        assertThat(room("101")).isEqualTo("STD INSPECTED false 103 true");
        assertThat(room("102")).as("the type named earlier in the page stays").isEqualTo("DLX CLEAN false 105 true");
        assertThat(room("305")).as("a room new to the copy").isEqualTo("STE CLEAN false 104 true");
    }

    @Test
    void aStateFromANewerCloudIsHeldAndTheRoomKeepsItsLastKnownState() {
        tx.write(() -> applier.applyPage(page(200, new RoomStatusChanged("101", null, "CLEAN", false))));

        PageCounts counts = tx.write(() -> applier.applyPage(page(
                210,
                new RoomStatusChanged("101", null, "PICKED_UP", false),
                new RoomStatusChanged("102", null, "DIRTY", false))));

        assertThat(counts).isEqualTo(new PageCounts(1, 1));
        assertThat(room("101")).isEqualTo("STD CLEAN false 201 true");
        assertThat(tx.read(() -> context.getBean(HeldEvents.class).oldest(1))
                        .getFirst()
                        .reason())
                .isEqualTo(
                        "housekeeping state PICKED_UP is not known to this standby; a newer standby version is needed");
    }

    private String room(String number) {
        return tx.read(() -> replica.one(
                        "SELECT ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, SEQUENCE_NO, ACTIVE FROM ROOM WHERE ROOM_NUMBER = ?",
                        rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3) + " " + rs.getLong(4)
                                + " " + rs.getBoolean(5),
                        number))
                .orElse("missing");
    }

    private static List<ReplicaApplier.FeedEntry> page(long after, PropertyEvent... events) {
        List<ReplicaApplier.FeedEntry> entries = new ArrayList<>();
        long sequence = after;
        for (PropertyEvent event : events) {
            String json = EventCodec.encode(new EventEnvelope(
                    "SEA",
                    ++sequence,
                    UUID.randomUUID(),
                    Instant.parse("2026-03-10T09:00:00Z"),
                    TODAY,
                    "housekeeping",
                    EventCodec.SCHEMA_VERSION,
                    event));
            entries.add(new ReplicaApplier.FeedEntry(EventCodec.decode(json), () -> json));
        }
        return entries;
    }
}
