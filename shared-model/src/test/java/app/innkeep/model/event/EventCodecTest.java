package app.innkeep.model.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.GoldenFiles;
import app.innkeep.model.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire form of every event type is pinned by a golden file in {@code src/test/resources/golden}. A change to the
 * wire form fails here first; regenerate deliberately with {@code -Dinnkeep.golden.write=true} and review the diff.
 */
class EventCodecTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> events() {
        List<PropertyEvent> all = EventSamples.all();
        List<Arguments> args = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            args.add(Arguments.of(all.get(i).type(), EventSamples.envelope(all.get(i), 41 + i)));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theWireFormMatchesTheGoldenFile(String type, EventEnvelope envelope) throws IOException {
        Path file = GOLDEN.resolve(type + ".json");
        String encoded = EventCodec.encode(envelope);
        if (Boolean.getBoolean("innkeep.golden.write")) {
            Files.writeString(file, GoldenFiles.pretty(Json.parse(encoded), "") + "\n", StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file for %s", type).exists();
        assertThat(Json.parse(encoded)).isEqualTo(Json.parse(Files.readString(file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theGoldenFileReadsBackToTheSameEvent(String type, EventEnvelope envelope) throws IOException {
        var result = EventCodec.decode(Files.readString(GOLDEN.resolve(type + ".json")));
        assertThat(result).isEqualTo(new DecodeResult.Decoded(envelope));
    }

    @Test
    void everyTypeHasAGoldenFileAndASample() throws IOException {
        assertThat(EventSamples.all())
                .extracting(PropertyEvent::type)
                .containsExactlyInAnyOrderElementsOf(EventCodec.TYPES);
        try (var files = Files.list(GOLDEN)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(EventCodec.TYPES);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void fieldsTheReaderDoesNotKnowAreIgnored() {
        EventEnvelope envelope = EventSamples.envelope(EventSamples.all().getFirst(), 7);
        Map<String, Object> wire = (Map<String, Object>) Json.parse(EventCodec.encode(envelope));
        wire.put("traceId", "abc");
        Map<String, Object> data = (Map<String, Object>) wire.get("data");
        data.put("loyaltyTier", Map.of("name", "gold"));
        ((Map<String, Object>) data.get("booking")).put("channelRef", List.of(1, 2));
        assertThat(EventCodec.decode(Json.write(wire))).isEqualTo(new DecodeResult.Decoded(envelope));
    }

    @Test
    void anUnknownTypeIsReportedWithItsSequenceNotThrown() {
        String json = "{\"type\":\"booking.teleported\",\"schemaVersion\":1,\"sequence\":99,\"data\":{}}";
        assertThat(EventCodec.decode(json)).isEqualTo(new DecodeResult.UnknownType(99, "booking.teleported", json));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewerSchemaVersionIsReportedNotGuessed() {
        Map<String, Object> wire = (Map<String, Object>) Json.parse(
                EventCodec.encode(EventSamples.envelope(EventSamples.all().get(6), 12)));
        wire.put("schemaVersion", EventCodec.SCHEMA_VERSION + 1);
        String json = Json.write(wire);
        assertThat(EventCodec.decode(json)).isEqualTo(new DecodeResult.NewerSchema(12, "folio.charge-posted", 2, json));
    }

    @Test
    void brokenEntriesAreReportedWithAReason() {
        assertThat(EventCodec.decode("{\"type\":\"booking.created\","))
                .isInstanceOfSatisfying(DecodeResult.Malformed.class, m -> {
                    assertThat(m.sequence()).isEqualTo(-1);
                    assertThat(m.reason()).contains("not JSON");
                });
        String missingBooking = "{\"type\":\"booking.created\",\"schemaVersion\":1,\"sequence\":5,\"property\":\"SEA\","
                + "\"eventId\":\"0b9a6a4e-2f38-3d0b-9f0c-6f1b8b3c1a11\",\"occurredAt\":\"2026-03-10T14:05:30Z\","
                + "\"businessDate\":\"2026-03-10\",\"actor\":\"x\",\"data\":{}}";
        assertThat(EventCodec.decode(missingBooking)).isInstanceOfSatisfying(DecodeResult.Malformed.class, m -> {
            assertThat(m.sequence()).isEqualTo(5);
            assertThat(m.reason()).contains("booking");
        });
        assertThat(EventCodec.decode("[1,2]")).isInstanceOf(DecodeResult.Malformed.class);
        assertThat(EventCodec.decode(null)).isInstanceOf(DecodeResult.Malformed.class);
    }
}
