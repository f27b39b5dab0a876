package app.innkeep.standby.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A snapshot from a newer cloud carrying a booking status, a folio line kind or a housekeeping state this standby does
 * not know is refused whole, naming the value, and the copy stays as it was (the replacement's transaction rolls back).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotUnknownValueIT {

    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    ApplicationContext context;
    ReplicaReplacement replacement;
    Replica replica;
    InTransaction tx;
    Path dir;

    @BeforeAll
    void start() throws IOException {
        context = StandbyContext.start();
        StandbyHotel.seaside(context, TODAY).rooms("STD", "101");
        replacement = context.getBean(ReplicaReplacement.class);
        replica = context.getBean(Replica.class);
        tx = InTransaction.of(context);
        dir = Files.createTempDirectory("snapshot-unknown");
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void aBookingStatusFromANewerCloudRefusesTheSnapshot() throws IOException {
        assertRefused(
                List.of(new SnapshotLine.Booking(UnknownValueTest.booking("WAITLISTED"))),
                Map.of("bookings", 1L),
                "booking status WAITLISTED is not known to this standby; a newer standby version is needed");
    }

    @Test
    void aFolioLineKindFromANewerCloudRefusesTheSnapshot() throws IOException {
        assertRefused(
                List.of(
                        new SnapshotLine.Booking(UnknownValueTest.booking("RESERVED")),
                        new SnapshotLine.FolioLine(UnknownValueTest.line("TRANSFER"))),
                Map.of("bookings", 1L, "folioLines", 1L),
                "folio line kind TRANSFER is not known to this standby");
    }

    @Test
    void aHousekeepingStateFromANewerCloudRefusesTheSnapshot() throws IOException {
        assertRefused(
                List.of(new SnapshotLine.Room("101", "STD", "PICKED_UP", false, true)),
                Map.of("rooms", 1L),
                "the snapshot's room 101 cannot be read: housekeeping state PICKED_UP is not known");
    }

    private void assertRefused(List<SnapshotLine> lines, Map<String, Long> counts, String reason) throws IOException {
        String before = rooms();
        SnapshotLine.Header header = new SnapshotLine.Header(
                "SEA",
                "Seaside",
                "Europe/Oslo",
                "NOK",
                TODAY,
                500,
                Instant.parse("2026-03-10T08:00:00Z"),
                TODAY,
                counts);
        StringBuilder text = new StringBuilder(SnapshotCodec.encode(header)).append('\n');
        for (SnapshotLine line : lines) {
            text.append(SnapshotCodec.encode(line)).append('\n');
        }
        text.append(SnapshotCodec.encode(new SnapshotLine.End(counts))).append('\n');
        Path file = Files.writeString(Files.createTempFile(dir, "snapshot", ".jsonl"), text);

        assertThatThrownBy(() -> tx.run(
                        () -> replacement.replace(file, "SEA", h -> new SnapshotProgress("test", h, 1, p -> {}))))
                .hasMessageContaining(reason);
        assertThat(rooms()).as("the copy as it was").isEqualTo(before);
    }

    private String rooms() {
        return tx.read(() -> replica.list(
                        "SELECT ROOM_NUMBER, HOUSEKEEPING FROM ROOM ORDER BY ROOM_NUMBER",
                        rs -> rs.getString(1) + " " + rs.getString(2)))
                .toString();
    }
}
