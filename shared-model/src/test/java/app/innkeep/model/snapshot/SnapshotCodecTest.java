package app.innkeep.model.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.GuestState;
import app.innkeep.model.event.PropertyEvent.LetterTemplateChanged;
import app.innkeep.model.event.PropertyEvent.MasterDataChanged;
import app.innkeep.model.json.JsonException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

    static final LocalDate DAY = LocalDate.parse("2026-03-10");
    static final Map<String, Long> COUNTS =
            Map.of("masterData", 3L, "rooms", 2L, "letterTemplates", 1L, "bookings", 1L, "folioLines", 1L);

    @Test
    void everyKindOfLineRoundTrips() {
        List<SnapshotLine> lines = List.of(
                new SnapshotLine.Header(
                        "SEA",
                        "Seaside Inn",
                        "America/Los_Angeles",
                        "USD",
                        DAY,
                        1234,
                        Instant.parse("2026-03-10T10:00:00Z"),
                        DAY.minusDays(30),
                        COUNTS),
                new SnapshotLine.MasterData(
                        new MasterDataChanged("receipt-type", "VISA", "Visa", null, true, null, null, true, false)),
                new SnapshotLine.MasterData(new MasterDataChanged(
                        "room-type", "DLX", "Deluxe", new BigDecimal("189.00"), null, 3, null, false, false)),
                new SnapshotLine.Room("201", "DLX", "INSPECTED", false, true),
                new SnapshotLine.LetterTemplate(new LetterTemplateChanged(
                        "receipt", "Your receipt", "Dear {guestName},\nyou paid {payments} {currency}.", false)),
                new SnapshotLine.Booking(new BookingState(
                        "100042",
                        "CHECKED_IN",
                        new GuestState(7, "Zoë", "Ølberg", null, "+47 555"),
                        "WEB",
                        "DLX",
                        "201",
                        DAY,
                        DAY.plusDays(2),
                        2,
                        0,
                        new BigDecimal("189.00"),
                        null,
                        null)),
                new SnapshotLine.FolioLine(new FolioLineState(
                        9,
                        "100042",
                        "CHARGE",
                        "RENT",
                        "Room night",
                        BigDecimal.ONE.setScale(2),
                        new BigDecimal("189.00"),
                        new BigDecimal("189.00"),
                        DAY,
                        null,
                        null)),
                new SnapshotLine.End(COUNTS));
        for (SnapshotLine line : lines) {
            String text = SnapshotCodec.encode(line);
            assertThat(text).doesNotContain("\n");
            assertThat(SnapshotCodec.decode(text)).as(text).isEqualTo(line);
        }
    }

    @Test
    void aNewerFormatOrUnknownLineIsRefusedWithAReason() {
        assertThatThrownBy(() -> SnapshotCodec.decode("{\"section\":\"header\",\"formatVersion\":99}"))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("update the standby");
        assertThatThrownBy(() -> SnapshotCodec.decode("{\"section\":\"spaceship\"}"))
                .hasMessageContaining("spaceship");
        assertThatThrownBy(() -> SnapshotCodec.decode("{\"section\":\"room\"}")).hasMessageContaining("room");
    }

    @Test
    void aSnapshotFromACloudWithoutLetterTemplatesCountsNone() {
        String header = SnapshotCodec.encode(new SnapshotLine.End(Map.of("masterData", 3L)));

        assertThat(((SnapshotLine.End) SnapshotCodec.decode(header)).counts())
                .containsEntry("letterTemplates", 0L)
                .containsEntry("masterData", 3L);
    }

    @Test
    void aHeaderThatLeavesTheLargeCountsToTheEndLineDoesNotCountThemAsNone() {
        var header = new SnapshotLine.Header(
                "SEA",
                "Seaside",
                "Europe/Oslo",
                "NOK",
                java.time.LocalDate.parse("2026-03-10"),
                5,
                java.time.Instant.parse("2026-03-10T08:00:00Z"),
                java.time.LocalDate.parse("2026-03-10"),
                Map.of("masterData", 3L, "rooms", 2L));

        var decoded = (SnapshotLine.Header) SnapshotCodec.decode(SnapshotCodec.encode(header));

        assertThat(decoded.counts())
                .containsEntry("masterData", 3L)
                .containsEntry("letterTemplates", 0L)
                .doesNotContainKeys("bookings", "folioLines");
        assertThat(((SnapshotLine.End) SnapshotCodec.decode(SnapshotCodec.encode(new SnapshotLine.End(Map.of()))))
                        .counts())
                .as("an end line counts every section")
                .containsEntry("bookings", 0L)
                .containsEntry("folioLines", 0L);
    }
}
