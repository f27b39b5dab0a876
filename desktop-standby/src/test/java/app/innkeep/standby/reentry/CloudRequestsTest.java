package app.innkeep.standby.reentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonObject;
import app.innkeep.model.reentry.ReentryAction;
import app.innkeep.model.reentry.ReentryCodec;
import app.innkeep.model.reentry.ReentryRequest;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.JournalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * From the journal to the cloud: each journal row of the shared golden files (the exact text today's desk stores, and
 * what this version stores) becomes the request of the shared golden files, the body the standby sent before the
 * contract was typed. So an outage journaled by an older standby is re-entered exactly as it would have been.
 */
class CloudRequestsTest {

    /** The golden files live with the codecs in shared-model; tests run in this module's folder. */
    static final Path GOLDEN = Path.of("../shared-model/src/test/resources");

    /** The golden files' standby lines -1..-4 became cloud lines 9001..9004. */
    static final LongFunction<Long> CLOUD_LINES = line -> 9000L - line;

    static Stream<Arguments> journalRows() {
        return Stream.of("unversioned", "v1")
                .flatMap(version -> Arrays.stream(ReentryAction.values())
                        // The night audit's journal rows come with its own change (issue 16, helper "audit").
                        .filter(a -> a != ReentryAction.RENT && a != ReentryAction.DAY_CLOSED)
                        .map(a -> Arguments.of(version, a)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("journalRows")
    void everyJournalRowBecomesTheGoldenRequest(String version, ReentryAction action) {
        String golden = read(GOLDEN.resolve("reentry-golden/request." + action + ".json"));
        JournalEntry entry = entry(version, action.name(), ReentryCodec.decodeRequest(golden));

        ReentryRequest request = CloudRequests.request(entry, AuditorChoices.none(), CLOUD_LINES);

        assertThat(Json.parse(ReentryCodec.encode(request))).isEqualTo(Json.parse(golden));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outageMarks")
    void outageModeOnAndOffHaveNothingToReenter(String version, String action) {
        var any = ReentryCodec.decodeRequest(read(GOLDEN.resolve("reentry-golden/request.CHECK_IN.json")));
        assertThatThrownBy(() -> CloudRequests.request(entry(version, action, any), AuditorChoices.none(), CLOUD_LINES))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining(action + " has nothing to re-enter");
    }

    static Stream<Arguments> outageMarks() {
        return Stream.of("unversioned", "v1")
                .flatMap(v -> Stream.of(Arguments.of(v, "OUTAGE_STARTED"), Arguments.of(v, "OUTAGE_ENDED")));
    }

    @Test
    void aRoomTheCloudWinsIsNotSentAndARoomTheStandbyWinsIs() {
        var checkIn = entry("v1", "CHECK_IN", golden(ReentryAction.CHECK_IN));
        assertThat(CloudRequests.request(checkIn, AuditorChoices.none().cloudWins("room"), CLOUD_LINES)
                        .booking())
                .isEqualTo(ReentryRequest.Booking.NOTHING);
        var walkIn = entry("v1", "WALK_IN", golden(ReentryAction.WALK_IN));
        assertThat(CloudRequests.request(walkIn, AuditorChoices.none().standbyWins("room", "104"), CLOUD_LINES)
                        .booking()
                        .room())
                .isEqualTo("104");
    }

    @Test
    void aChangedRateTheStandbyWinsIsSentAsANumberAndADepartureTheCloudWinsIsLeftOut() {
        var modify = entry("v1", "MODIFY", golden(ReentryAction.MODIFY));
        var request = CloudRequests.request(
                modify, AuditorChoices.none().standbyWins("rate", "99.50").cloudWins("departure"), CLOUD_LINES);
        assertThat(request.booking())
                .isEqualTo(ReentryRequest.Booking.change(null, null, null, new BigDecimal("99.50")));
        assertThat(ReentryCodec.encode(request)).contains("\"booking\":{\"rate\":99.50}");
    }

    @Test
    void aVoidOfALineNotReenteredYetWaitsAndAnUnreadableEntryIsRefusedWithItsReason() {
        var voidOfLocalLine = entry("v1", "VOID", golden(ReentryAction.VOID));
        assertThatThrownBy(() -> CloudRequests.request(voidOfLocalLine, AuditorChoices.none(), line -> null))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("has not been re-entered yet");
        var broken = new JournalEntry(
                1, "e", 1, "CHARGE", "D1001", null, null, null, null, "{\"lineId\":", "dana", null, null);
        assertThatThrownBy(() -> CloudRequests.request(broken, AuditorChoices.none(), CLOUD_LINES))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("cannot be read");
    }

    private static ReentryRequest golden(ReentryAction action) {
        return ReentryCodec.decodeRequest(read(GOLDEN.resolve("reentry-golden/request." + action + ".json")));
    }

    /** The journal row of a golden file, with the entry's columns as the golden request says they were. */
    private static JournalEntry entry(String version, String action, ReentryRequest sent) {
        Map<?, ?> row =
                (Map<?, ?>) Json.parse(read(GOLDEN.resolve("journal-golden/" + version + "/" + action + ".json")));
        JsonObject columns = JsonObject.parse(Json.write(row));
        return new JournalEntry(
                1,
                "00000000-0000-4000-8000-000000000001",
                1,
                columns.requiredString("action"),
                sent.bookingRef(),
                sent.room() == null ? null : sent.room().number(),
                null,
                null,
                state(row.get("before")),
                state(row.get("after")),
                sent.enteredBy(),
                sent.originalAt(),
                sent.businessDate());
    }

    /** The unversioned files hold each state as its stored text, the v1 files as JSON to review. */
    private static String state(Object value) {
        return value == null ? null : value instanceof String s ? s : Json.write(value);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
