package app.innkeep.standby.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.SnapshotLines;
import app.innkeep.standby.support.InTransaction;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.StandbyHotel;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * A snapshot that cannot be taken as it is, read from a file or as it arrives, is refused whole, saying why, and the copy
 * stays as it was (the replacement's transaction rolls back): a booking status, a folio line kind or a housekeeping
 * state from a newer cloud; lines out of their order, after the end line, or counts that differ from the header's; a
 * snapshot that stops without its end line or breaks off while it is read (the caller then downloads it again).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotRefusedIT {

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
        dir = Files.createTempDirectory("snapshot-refused");
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

    @Test
    void aWellFormedSnapshotArrivingLineByLineWithTheLargeCountsAtItsEndReplacesTheCopy() {
        var booking = UnknownValueTest.booking("RESERVED");
        var line = UnknownValueTest.line("CHARGE");
        String text = snapshot(
                "SEA",
                List.of(
                        new SnapshotLine.Room("101", "STD", "DIRTY", false, true),
                        new SnapshotLine.Room("102", "STD", "CLEAN", false, true),
                        new SnapshotLine.Booking(booking),
                        new SnapshotLine.FolioLine(line)),
                // As a cloud asked for the counts at the end writes it: the header counts the small sections only.
                Map.of("rooms", 2L),
                Map.of("rooms", 2L, "bookings", 1L, "folioLines", 1L),
                List.of());
        tx.run(() -> {
            try (var lines = SnapshotLines.arriving(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
                replacement.replace(lines, "SEA", h -> new SnapshotProgress("test", h, 4, p -> {}));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(rooms()).isEqualTo("[101 DIRTY, 102 CLEAN]");
        assertThat(tx.read(() -> replica.list("SELECT CONFIRMATION FROM BOOKING", rs -> rs.getString(1))))
                .containsExactly(booking.confirmation());
        assertThat(tx.read(() -> replica.list("SELECT LINE_ID FROM FOLIO_LINE", rs -> rs.getLong(1))))
                .containsExactly(line.lineId());
    }

    @Test
    void aRoomAfterTheBookingsIsOutOfOrder() throws IOException {
        assertRefused(
                List.of(
                        new SnapshotLine.Booking(UnknownValueTest.booking("RESERVED")),
                        new SnapshotLine.Room("101", "STD", "CLEAN", false, true)),
                Map.of("bookings", 1L, "rooms", 1L),
                "the snapshot has a line out of its order after its bookings or folio lines");
    }

    @Test
    void bookingsAfterFolioLinesAreOutOfOrder() throws IOException {
        assertRefused(
                List.of(
                        new SnapshotLine.FolioLine(UnknownValueTest.line("CHARGE")),
                        new SnapshotLine.Booking(UnknownValueTest.booking("RESERVED"))),
                Map.of("bookings", 1L, "folioLines", 1L),
                "the snapshot's bookings are out of their order");
    }

    @Test
    void rowsThatDifferFromTheHeadersCountsAreRefused() throws IOException {
        assertRefused(
                snapshot(
                        "SEA",
                        List.of(new SnapshotLine.Booking(UnknownValueTest.booking("RESERVED"))),
                        Map.of("bookings", 2L),
                        Map.of("bookings", 2L),
                        List.of()),
                "the snapshot's bookings do not match its counts: 1 read, its counts say 2");
    }

    @Test
    void rowsThatDifferFromTheEndLinesCountsAreRefused() throws IOException {
        assertRefused(
                snapshot(
                        "SEA",
                        List.of(new SnapshotLine.Booking(UnknownValueTest.booking("RESERVED"))),
                        Map.of(),
                        Map.of("bookings", 3L),
                        List.of()),
                "the snapshot's bookings do not match its counts: 1 read, its counts say 3");
    }

    @Test
    void anEndLineThatCountsASmallSectionTheHeaderLeftOutIsRefused() throws IOException {
        assertRefused(
                snapshot(
                        "SEA",
                        List.of(new SnapshotLine.Room("101", "STD", "CLEAN", false, true)),
                        Map.of(),
                        Map.of("rooms", 1L),
                        List.of()),
                "the snapshot's end line counts");
    }

    @Test
    void anEndLineThatCountsOtherwiseThanTheHeaderIsRefused() throws IOException {
        assertRefused(
                snapshot(
                        "SEA",
                        List.of(new SnapshotLine.Room("101", "STD", "CLEAN", false, true)),
                        Map.of("rooms", 1L),
                        Map.of("rooms", 2L),
                        List.of()),
                "the snapshot's end line counts");
    }

    @Test
    void linesAfterTheEndLineAreRefused() throws IOException {
        assertRefused(
                snapshot(
                        "SEA",
                        List.of(),
                        Map.of(),
                        Map.of(),
                        List.of(new SnapshotLine.Room("101", "STD", "CLEAN", false, true))),
                "the snapshot has lines after its end line");
    }

    @Test
    void aSnapshotOfAnotherPropertyIsRefused() throws IOException {
        assertRefused(snapshot("OTH", List.of(), Map.of(), Map.of(), List.of()), "the snapshot is of OTH");
    }

    @Test
    void aSnapshotWithoutItsEndLineIsABrokenReadNotACopy() {
        String text = snapshot(
                "SEA",
                List.of(new SnapshotLine.Room("101", "STD", "INSPECTED", false, true)),
                Map.of("rooms", 1L),
                Map.of("rooms", 1L),
                List.of());
        String cut = text.substring(0, text.lastIndexOf("{\"section\":\"end\""));
        assertBroken(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)), "without its end line");
    }

    @Test
    void aSnapshotThatBreaksOffWhileItArrivesIsABrokenReadNotACopy() {
        StringBuilder many = new StringBuilder();
        List<SnapshotLine> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(new SnapshotLine.Room(String.valueOf(1000 + i), "STD", "CLEAN", false, true));
        }
        many.append(snapshot("SEA", rows, Map.of("rooms", 2000L), Map.of("rooms", 2000L), List.of()));
        byte[] bytes = many.toString().getBytes(StandardCharsets.UTF_8);
        InputStream breaking = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            private int read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read > bytes.length / 2) {
                    throw new IOException("Connection reset");
                }
                int n = super.read(b, off, Math.min(len, 1000));
                read += Math.max(n, 0);
                return n;
            }
        };
        assertBroken(breaking, "broke off");
    }

    private void assertRefused(List<SnapshotLine> lines, Map<String, Long> counts, String reason) throws IOException {
        assertRefused(snapshot("SEA", lines, counts, counts, List.of()), reason);
    }

    /** Refused from a file, and refused again as it arrives: the same reason either way, the copy as it was. */
    private void assertRefused(String text, String reason) throws IOException {
        String before = rooms();
        Path file = Files.writeString(Files.createTempFile(dir, "snapshot", ".jsonl"), text);
        assertThatThrownBy(() -> tx.run(
                        () -> replacement.replace(file, "SEA", h -> new SnapshotProgress("test", h, 1, p -> {}))))
                .hasMessageContaining(reason);
        assertThat(rooms()).as("the copy as it was").isEqualTo(before);
        assertThatThrownBy(() -> tx.run(() -> {
                    try (var lines =
                            SnapshotLines.arriving(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
                        replacement.replace(lines, "SEA", h -> new SnapshotProgress("test", h, 1, p -> {}));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .hasMessageContaining(reason);
        assertThat(rooms()).as("the copy as it was").isEqualTo(before);
    }

    private void assertBroken(InputStream body, String reason) {
        String before = rooms();
        assertThatThrownBy(() -> tx.run(() -> {
                    try (var lines = SnapshotLines.arriving(body)) {
                        replacement.replace(lines, "SEA", h -> new SnapshotProgress("test", h, 1, p -> {}));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .satisfies(e -> assertThat(SnapshotLines.Broken.in(e))
                        .as("a broken read, which the bootstrap answers by downloading again")
                        .hasValueSatisfying(b -> assertThat(b.getMessage()).contains(reason)));
        assertThat(rooms()).as("the copy as it was").isEqualTo(before);
    }

    private static String snapshot(
            String property,
            List<SnapshotLine> lines,
            Map<String, Long> counts,
            Map<String, Long> endCounts,
            List<SnapshotLine> afterEnd) {
        SnapshotLine.Header header = new SnapshotLine.Header(
                property,
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
        text.append(SnapshotCodec.encode(new SnapshotLine.End(endCounts))).append('\n');
        for (SnapshotLine line : afterEnd) {
            text.append(SnapshotCodec.encode(line)).append('\n');
        }
        return text.toString();
    }

    private String rooms() {
        return tx.read(() -> replica.list(
                        "SELECT ROOM_NUMBER, HOUSEKEEPING FROM ROOM ORDER BY ROOM_NUMBER",
                        rs -> rs.getString(1) + " " + rs.getString(2)))
                .toString();
    }
}
