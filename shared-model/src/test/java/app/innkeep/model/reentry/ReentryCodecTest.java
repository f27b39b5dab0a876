package app.innkeep.model.reentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.GoldenFiles;
import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The re-entry wire, standby to cloud and back, pinned by golden files in {@code src/test/resources/reentry-golden}:
 * one request per action and one file per answer shape, each checked both ways (encoding gives the file, reading the
 * file gives the record). The request files are what the standby sent before the contract was typed.
 */
class ReentryCodecTest {

    static final Path GOLDEN = Path.of("src/test/resources/reentry-golden");

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReentryAction.class)
    void theRequestOfEveryActionMatchesItsGoldenFile(ReentryAction action) {
        GoldenFiles.assertMatches(requestFile(action), ReentryCodec.encode(ReentrySamples.request(action)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReentryAction.class)
    void theGoldenRequestOfEveryActionReadsBackToTheSameRecord(ReentryAction action) {
        assertThat(ReentryCodec.decodeRequest(GoldenFiles.read(requestFile(action))))
                .isEqualTo(ReentrySamples.request(action));
    }

    /** An answer shape: the file, the sample, its encoding and its reading. */
    record Shape<T>(String file, T sample, Function<T, String> encode, Function<String, T> decode) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                        new Shape<>(
                                "answer.booking",
                                ReentrySamples.bookingAnswer(),
                                ReentryCodec::encode,
                                ReentryCodec::decodeAnswer),
                        new Shape<>(
                                "answer.line",
                                ReentrySamples.lineAnswer(),
                                ReentryCodec::encode,
                                ReentryCodec::decodeAnswer),
                        new Shape<>(
                                "answer.room",
                                ReentrySamples.roomAnswer(),
                                ReentryCodec::encode,
                                ReentryCodec::decodeAnswer),
                        new Shape<>(
                                "closing-check.request",
                                ReentrySamples.closingCheck(),
                                ReentryCodec::encode,
                                ReentryCodec::decodeClosingCheck),
                        new Shape<>(
                                "closing-check.answer",
                                ReentrySamples.closingCheckAnswer(),
                                ReentryCodec::encode,
                                ReentryCodec::decodeClosingCheckAnswer))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    <T> void everyOtherShapeMatchesItsGoldenFileBothWays(Shape<T> shape) {
        Path file = GOLDEN.resolve(shape.file() + ".json");
        GoldenFiles.assertMatches(file, shape.encode().apply(shape.sample()));
        assertThat(shape.decode().apply(GoldenFiles.read(file))).isEqualTo(shape.sample());
    }

    @Test
    void everyActionAndEveryShapeHasItsGoldenFileAndNothingElseIsThere() {
        List<String> expected = new ArrayList<>(Arrays.stream(ReentryAction.values())
                .map(a -> "request." + a.name())
                .toList());
        answers().forEach(a -> expected.add(a.get()[0].toString()));
        assertThat(GoldenFiles.names(GOLDEN)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anAnswerWritesEveryFieldNullIncludedSoItHasOneShape() {
        @SuppressWarnings("unchecked")
        Map<String, Object> wire = (Map<String, Object>) Json.parse(ReentryCodec.encode(ReentrySamples.roomAnswer()));
        assertThat(wire.keySet())
                .containsExactly(
                        "entryId",
                        "action",
                        "bookingRef",
                        "cloudConfirmation",
                        "lineId",
                        "amount",
                        "replayed",
                        "recordedAt");
        assertThat(wire.get("lineId")).isNull();
    }

    @Test
    void aRequestLeavesOutWhatItDoesNotCarry() {
        String checkOut = ReentryCodec.encode(ReentrySamples.request(ReentryAction.CHECK_OUT));
        assertThat(checkOut)
                .contains("\"booking\":{}")
                .doesNotContain("\"line\"")
                .doesNotContain("null");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fieldsTheReaderDoesNotKnowAreIgnored() {
        var answer = ReentrySamples.lineAnswer();
        Map<String, Object> wire = (Map<String, Object>) Json.parse(ReentryCodec.encode(answer));
        wire.put("auditTrail", List.of(Map.of("actor", "x")));
        assertThat(ReentryCodec.decodeAnswer(Json.write(wire))).isEqualTo(answer);
    }

    @Test
    void anUnknownActionOrAMissingFieldIsRefusedWithItsName() {
        String unknown = ReentryCodec.encode(ReentrySamples.roomAnswer()).replace("ROOM_STATUS", "TELEPORT");
        assertThatThrownBy(() -> ReentryCodec.decodeAnswer(unknown))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("'action'");
        assertThatThrownBy(() -> ReentryCodec.decodeAnswer("{\"action\":\"CHARGE\"}"))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("'entryId'");
        assertThatThrownBy(() -> ReentryCodec.decodeClosingCheckAnswer("{\"entries\":{}}"))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("'entries'");
    }

    @Test
    void onlyTheFolioActionsPostALine() {
        assertThat(Arrays.stream(ReentryAction.values()).filter(ReentryAction::postsLine))
                .containsExactly(
                        ReentryAction.CHARGE,
                        ReentryAction.VOID,
                        ReentryAction.PAYMENT,
                        ReentryAction.REFUND,
                        ReentryAction.RENT);
    }

    private static Path requestFile(ReentryAction action) {
        return GOLDEN.resolve("request." + action.name() + ".json");
    }
}
