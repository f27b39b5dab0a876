package app.innkeep.reports;

import static app.innkeep.reports.Guests.ZOE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterTest {

    private static final Reports reports = new Reports();

    private static Letter letter(String template, Map<String, String> values) {
        return new Letter(Guests.header("Booking confirmation", ""), template, values);
    }

    @Test
    void placeholdersAreReplacedAndUnknownOnesStayAsWritten() {
        assertThat(letter(
                                "Dear {guestName}, see you on {arrival}. {typo} {guestName}!",
                                Map.of("guestName", ZOE, "arrival", "2026-11-23"))
                        .text())
                .isEqualTo("Dear " + ZOE + ", see you on 2026-11-23. {typo} " + ZOE + "!");
    }

    @Test
    void valuesArePlainTextAndNeverReplacedAgain() {
        Map<String, String> values = Map.of("a", "{b} costs $1 \\ {c", "b", "B", "c", "C");

        assertThat(letter("{a}|{b}", values).text()).isEqualTo("{b} costs $1 \\ {c|B");
    }

    @Test
    void lineBreaksAreKeptAndMissingValuesLeaveThePlaceholder() {
        Map<String, String> values = new HashMap<>();
        values.put("name", null);
        values.put("room", "214");

        assertThat(letter("Hello {name}\r\nRoom {room}\r\rBye { not } {}", values)
                        .text())
                .isEqualTo("Hello {name}\nRoom 214\n\nBye { not } {}");
        assertThat(letter(null, null).text()).isEmpty();
    }

    @Test
    void theLetterHasTheLetterheadTheDateAndTheFilledText() {
        Printed pdf = Printed.read(reports.letterPdf(Outage.letter()), "confirmation-letter");

        assertThat(pdf.flat())
                .contains("Gasthof Zur Goldenen Gans", "VIE01", "2026-11-23")
                .contains("Dear " + ZOE + ",", "Your confirmation number is D1042.")
                .contains("Arrival: 2026-11-23 Departure: 2026-11-26")
                .contains("{unknownPlaceholder} stays as written.", "Kind regards, Jürgen Weiß")
                .as("a letter from the standby says how current its copy is")
                .contains("Data as of 2026-11-23 13:58")
                .contains("Page 1 of 1");
        // Line breaks kept: each line of the template is its own line on paper.
        assertThat(pdf.text())
                .containsPattern("(?m)^Arrival: 2026-11-23\\s*$")
                .containsPattern("(?m)^Departure: 2026-11-26\\s*$");
        assertThat(pdf.embedded()).containsOnly(true);
    }

    @Test
    void aLongLetterFlowsOntoASecondPage() {
        String body =
                "Paragraph {n} of the house rules: breakfast is served from 7 to 10 in the Gaststube.\n\n".repeat(60);

        Printed pdf = Printed.read(reports.letterPdf(letter(body + "The end.", Map.of("n", "x"))));

        assertThat(pdf.pages()).isGreaterThan(1);
        assertThat(pdf.flat()).contains("The end.", "Page 2 of " + pdf.pages());
    }
}
