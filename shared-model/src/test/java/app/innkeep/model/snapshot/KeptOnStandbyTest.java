package app.innkeep.model.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.GuestState;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeptOnStandbyTest {

    static final LocalDate DAY = LocalDate.parse("2026-03-10");
    static final BookingState BOOKING = new BookingState(
            "100042",
            "RESERVED",
            new GuestState(7, "Maria", "Gonçalves", "maria@example.com", "+1 555 0100"),
            "WEB",
            "DLX",
            "201",
            DAY,
            DAY.plusDays(3),
            2,
            0,
            new BigDecimal("189.00"),
            null,
            "Late arrival");

    @Test
    void withoutContactDetailsTheGuestsEmailAndPhoneAreAbsentFromTheWireNotBlank() {
        var kept = new KeptOnStandby(3, 30, false, true);
        Map<String, Object> event = wire(BOOKING);

        kept.leaveOut(event);

        String json = Json.write(event);
        assertThat(json).doesNotContain("email").doesNotContain("phone").doesNotContain("maria@example.com");
        assertThat(json).contains("\"notes\":\"Late arrival\"").contains("\"lastName\":\"Gonçalves\"");
    }

    @Test
    void withoutNotesOnlyTheNotesGo() {
        var kept = new KeptOnStandby(4, 30, true, false);
        Map<String, Object> event = wire(BOOKING);

        kept.leaveOut(event);

        String json = Json.write(event);
        assertThat(json).doesNotContain("notes").contains("maria@example.com").contains("+1 555 0100");
    }

    @Test
    void theSnapshotsBookingLosesTheSameFields() {
        BookingState kept = new KeptOnStandby(5, 30, false, false).keptOf(BOOKING);

        assertThat(kept.guest().email()).isNull();
        assertThat(kept.guest().phone()).isNull();
        assertThat(kept.notes()).isNull();
        assertThat(kept.guest().lastName()).isEqualTo("Gonçalves");
        assertThat(new KeptOnStandby(0, 90, true, true).keptOf(BOOKING)).isSameAs(BOOKING);
    }

    @Test
    void aHeaderCarriesTheChoiceAndOneWithoutItReadsAsNone() {
        var header = new SnapshotLine.Header(
                "SEA",
                "Seaside Inn",
                "UTC",
                "USD",
                DAY,
                12,
                Instant.parse("2026-03-10T10:00:00Z"),
                DAY,
                SnapshotCodecTest.COUNTS,
                new KeptOnStandby(2, 30, false, true));
        assertThat(SnapshotCodec.decode(SnapshotCodec.encode(header))).isEqualTo(header);
        var older = new SnapshotLine.Header(
                "SEA",
                "Seaside Inn",
                "UTC",
                "USD",
                DAY,
                12,
                Instant.parse("2026-03-10T10:00:00Z"),
                DAY,
                SnapshotCodecTest.COUNTS);
        assertThat(((SnapshotLine.Header) SnapshotCodec.decode(SnapshotCodec.encode(older))).kept())
                .isNull();
        assertThat(KeptOnStandby.of(JsonObject.parse("{\"version\":2,\"historyDays\":30}")))
                .isEqualTo(new KeptOnStandby(2, 30, true, true));
    }

    private static Map<String, Object> wire(BookingState booking) {
        String text = EventCodec.encode(new EventEnvelope(
                "SEA",
                41,
                UUID.randomUUID(),
                Instant.parse("2026-03-10T14:05:30Z"),
                DAY,
                "sea.frontdesk",
                1,
                new PropertyEvent.BookingCreated(booking)));
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) Json.parse(text);
        return event;
    }
}
