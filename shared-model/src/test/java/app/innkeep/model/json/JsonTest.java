package app.innkeep.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void halfASurrogatePairIsWrittenAsTheReplacementCharacterSoTheTextIsValidUtf8() {
        String written = Json.write(Map.of("firstName", "\ud800Web \uD83D\uDE42 x\udc00"));

        assertThat(written).isEqualTo("{\"firstName\":\"\uFFFDWeb \uD83D\uDE42 x\uFFFD\"}");
        assertThat(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(written))
                .isTrue();
        assertThat(Json.parse(written)).isEqualTo(Map.of("firstName", "\uFFFDWeb \uD83D\uDE42 x\uFFFD"));
    }

    @Test
    void valuesRoundTripExactly() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Chloé \"Clo\" Dubois\n\t\\");
        value.put("amount", new BigDecimal("-1234.50"));
        value.put("nights", 3);
        value.put("big", 9007199254740993L);
        value.put("paid", true);
        value.put("room", null);
        value.put("lines", List.of(1, "two", Map.of()));
        Object back = Json.parse(Json.write(value));
        assertThat(back).isInstanceOf(LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        var map = (Map<String, Object>) back;
        assertThat(map.keySet()).containsExactly("name", "amount", "nights", "big", "paid", "room", "lines");
        assertThat(map.get("name")).isEqualTo("Chloé \"Clo\" Dubois\n\t\\");
        assertThat(map.get("amount")).isEqualTo(new BigDecimal("-1234.50"));
        assertThat(((BigDecimal) map.get("big")).longValueExact()).isEqualTo(9007199254740993L);
        assertThat(map.get("paid")).isEqualTo(true);
        assertThat(map).containsEntry("room", null);
        assertThat((List<?>) map.get("lines")).hasSize(3);
    }

    @Test
    void escapesAndWhitespaceAreRead() {
        assertThat(Json.parse(" { \"a\" : \"\\u00e9\\/\" , \"b\" : [ ] } "))
                .isEqualTo(Map.of("a", "é/", "b", List.of()));
        assertThat(Json.write("\u0001")).isEqualTo("\"\\u0001\"");
    }

    @Test
    void brokenTextIsRefusedWithAPosition() {
        for (String bad : Arrays.asList(
                "", "{", "{\"a\":}", "[1,]", "{\"a\":1}x", "\"open", "tru", "{a:1}", "01x", "\"\\x\"", null)) {
            assertThatThrownBy(() -> Json.parse(bad)).as(String.valueOf(bad)).isInstanceOf(JsonException.class);
        }
        assertThatThrownBy(() -> Json.parse("[".repeat(100) + "]".repeat(100))).hasMessageContaining("nested deeper");
    }

    @Test
    void doublesAreNeverWritten() {
        assertThatThrownBy(() -> Json.write(1.5d)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typedAccessNamesTheFieldAtFault() {
        JsonObject o = JsonObject.parse("{\"n\":\"x\",\"d\":\"2026-02-30\",\"i\":1.5}");
        assertThatThrownBy(() -> o.longValue("n")).hasMessageContaining("'n'");
        assertThatThrownBy(() -> o.date("d")).hasMessageContaining("'d'");
        assertThatThrownBy(() -> o.longValue("i")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> o.requiredString("missing")).hasMessageContaining("'missing' is missing");
        assertThat(o.string("absent")).isNull();
    }
}
