package app.innkeep.model.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.GoldenFiles;
import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonObject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outage journal's before/after, kept for years and read back by later versions. {@code journal-golden/v1} pins
 * what this code writes, both ways; {@code journal-golden/unversioned} holds the exact text of rows written before
 * the states had a schema version (taken from a real replica), which must keep reading as the same changes.
 */
class JournalCodecTest {

    static final Path GOLDEN = Path.of("src/test/resources/journal-golden");
    static final Path V1 = GOLDEN.resolve("v1");
    static final Path UNVERSIONED = GOLDEN.resolve("unversioned");

    /** The actions the journal had before its states carried a schema version: only these have unversioned rows. */
    static final Set<String> BEFORE_SCHEMA_VERSION = Set.of(
            "OUTAGE_STARTED",
            "OUTAGE_ENDED",
            "WALK_IN",
            "CHECK_IN",
            "CHECK_OUT",
            "MODIFY",
            "CANCEL",
            "CHARGE",
            "VOID",
            "PAYMENT",
            "REFUND",
            "ROOM_STATUS");

    static Stream<Arguments> changes() {
        return JournalSamples.all().stream().map(c -> Arguments.of(c.action(), c));
    }

    static Stream<Arguments> changesStoredUnversioned() {
        return changes().filter(a -> BEFORE_SCHEMA_VERSION.contains((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void whatThisCodeWritesMatchesTheGoldenFile(String action, JournalChange change) {
        GoldenFiles.assertMatches(V1.resolve(action + ".json"), row(JournalCodec.encode(change)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void theGoldenFileReadsBackToTheSameChange(String action, JournalChange change) {
        JournalCodec.Text text = text(V1.resolve(action + ".json"));
        assertThat(JournalCodec.decode(text.action(), text.before(), text.after()))
                .isEqualTo(new JournalDecodeResult.Decoded(change));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesStoredUnversioned")
    void aRowWrittenBeforeTheSchemaVersionReadsAsTheSameChange(String action, JournalChange change) {
        JournalCodec.Text text = text(UNVERSIONED.resolve(action + ".json"));
        assertThat(text.after())
                .as("the unversioned files hold the stored text")
                .doesNotContain("schemaVersion");
        assertThat(JournalCodec.decode(text.action(), text.before(), text.after()))
                .isEqualTo(new JournalDecodeResult.Decoded(change));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesStoredUnversioned")
    void theSchemaVersionIsAllThatChangedInTheStoredText(String action, JournalChange change) {
        JournalCodec.Text now = JournalCodec.encode(change);
        JournalCodec.Text before = text(UNVERSIONED.resolve(action + ".json"));
        assertThat(withoutVersion(now.before())).isEqualTo(parse(before.before()));
        assertThat(withoutVersion(now.after())).isEqualTo(parse(before.after()));
    }

    @Test
    void everyActionHasASampleAndAGoldenFileOfEachKind() {
        assertThat(JournalSamples.all())
                .extracting(JournalChange::action)
                .containsExactlyInAnyOrderElementsOf(JournalCodec.ACTIONS);
        assertThat(GoldenFiles.names(V1)).containsExactlyInAnyOrderElementsOf(JournalCodec.ACTIONS);
        assertThat(GoldenFiles.names(UNVERSIONED)).containsExactlyInAnyOrderElementsOf(BEFORE_SCHEMA_VERSION);
        assertThat(JournalCodec.ACTIONS).containsAll(BEFORE_SCHEMA_VERSION);
    }

    @Test
    void aClosedDayWithNothingLeftOverReadsBackWithEmptyLists() {
        var closed = new JournalChange.DayClosed(
                JournalSamples.DAY,
                JournalSamples.DAY.plusDays(1),
                0,
                new java.math.BigDecimal("0.00"),
                List.of(),
                List.of());
        var text = JournalCodec.encode(closed);
        assertThat(text.after()).contains("\"arrivalsNotCheckedIn\":[]");
        assertThat(JournalCodec.read(text.action(), text.before(), text.after()))
                .isEqualTo(closed);
    }

    @Test
    void anOutageEndedWithoutANoteHasNoAfterState() {
        var text = JournalCodec.encode(new JournalChange.OutageEnded(null));
        assertThat(text.after()).isNull();
        assertThat(JournalCodec.decode("OUTAGE_ENDED", null, null))
                .isEqualTo(new JournalDecodeResult.Decoded(new JournalChange.OutageEnded(null)));
    }

    @Test
    void aNewerSchemaAnUnknownActionAndABrokenStateAreReportedNotThrown() {
        var charge = JournalCodec.encode(JournalSamples.all().get(3));
        String newer = charge.after().replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        assertThat(JournalCodec.decode("CHARGE", null, newer))
                .isEqualTo(new JournalDecodeResult.NewerSchema("CHARGE", 2));
        assertThat(JournalCodec.decode("TELEPORT", null, charge.after()))
                .isEqualTo(new JournalDecodeResult.UnknownAction("TELEPORT"));
        assertThat(JournalCodec.decode("CHARGE", null, "{\"lineId\":"))
                .isInstanceOf(JournalDecodeResult.Malformed.class);
        assertThat(JournalCodec.decode("CHECK_IN", null, charge.after()))
                .isInstanceOfSatisfying(
                        JournalDecodeResult.Malformed.class,
                        m -> assertThat(m.reason()).contains("before"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void fieldsTheReaderDoesNotKnowAreIgnored() {
        JournalChange walkIn = JournalSamples.all().get(2);
        var text = JournalCodec.encode(walkIn);
        Map<String, Object> after = (Map<String, Object>) Json.parse(text.after());
        after.put("loyaltyTier", "gold");
        assertThat(JournalCodec.decode("WALK_IN", null, Json.write(after)))
                .isEqualTo(new JournalDecodeResult.Decoded(walkIn));
    }

    /** A golden row: the action and its two states as JSON objects (or null), so a review reads them. */
    private static String row(JournalCodec.Text text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", text.action());
        m.put("before", text.before() == null ? null : Json.parse(text.before()));
        m.put("after", text.after() == null ? null : Json.parse(text.after()));
        return Json.write(m);
    }

    /** A golden row back as the journal's columns; the unversioned files hold each state as its stored text. */
    private static JournalCodec.Text text(Path file) {
        JsonObject o = JsonObject.parse(GoldenFiles.read(file));
        Map<?, ?> raw = (Map<?, ?>) Json.parse(GoldenFiles.read(file));
        return new JournalCodec.Text(o.requiredString("action"), state(raw.get("before")), state(raw.get("after")));
    }

    private static String state(Object value) {
        return value == null ? null : value instanceof String s ? s : Json.write(value);
    }

    private static Object parse(String text) {
        return text == null ? null : Json.parse(text);
    }

    private static Object withoutVersion(String text) {
        if (text == null) {
            return null;
        }
        Map<?, ?> m = (Map<?, ?>) Json.parse(text);
        m.remove("schemaVersion");
        return m;
    }
}
