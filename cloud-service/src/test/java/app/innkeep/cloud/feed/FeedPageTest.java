package app.innkeep.cloud.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.outbox.EncodedEvents;
import app.innkeep.model.snapshot.KeptOnStandby;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPageTest {

    private static String page(String... events) {
        return new String(
                new FeedPage("SEA", 4, EncodedEvents.of(List.of(events)), 4 + events.length, 9).toJsonBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void soundEventsAreSentExactlyAsStoredWhateverTheirScript() {
        String ascii = "{\"type\":\"booking.created\",\"notes\":\"Why not? \\\"late\\\" \\\\ arrival\"}";
        String accented = "{\"name\":\"Gonçalves Þór 東京 \uD83D\uDE00\",\"escaped\":\"\\u00e9\"}";

        assertThat(page(ascii, accented))
                .isEqualTo("{\"property\":\"SEA\",\"after\":4,\"next\":6,\"head\":9,\"events\":[" + ascii + ","
                        + accented + "]}");
        assertThat(page()).isEqualTo("{\"property\":\"SEA\",\"after\":4,\"next\":4,\"head\":9,\"events\":[]}");
    }

    @Test
    void textStoredBeforeScreeningIsRepairedInPlainAsciiAndInOtherText() {
        assertThat(page("{\"n\":\"\uD800Web\u0001\"}")).contains("[{\"n\":\"\uFFFDWeb\\u0001\"}]");
        assertThat(page("{\"n\":\"Gon\u00e7\uDC00\u001b\"}")).contains("[{\"n\":\"Gon\u00e7\uFFFD\\u001b\"}]");
        assertThat(page("{\"n\":\"W\\ud800EB\",\"ok\":\"\\ud83d\\ude00\"}"))
                .contains("[{\"n\":\"W\\ufffdEB\",\"ok\":\"\\ud83d\\ude00\"}]");
    }

    @Test
    void aPageForAStandbyThatKeepsLessLacksTheFieldsAndSaysWhatItKeeps() {
        String booking =
                "{\"type\":\"booking.created\",\"sequence\":5,\"data\":{\"booking\":{\"confirmation\":\"100042\","
                        + "\"guest\":{\"id\":7,\"lastName\":\"Gonçalves\",\"email\":\"m@example.com\",\"phone\":\"+1\"},"
                        + "\"rate\":189.00,\"notes\":\"Late\"}}}";
        String room = "{\"type\":\"room.status-changed\",\"sequence\":6,\"data\":{\"room\":\"101\"}}";
        var kept = new KeptOnStandby(2, 30, false, false);

        String page = new String(
                new FeedPage("SEA", 4, EncodedEvents.of(List.of(booking, room)).rewritten(kept::leaveOut), 6, 9, kept)
                        .toJsonBytes(),
                StandardCharsets.UTF_8);

        assertThat(page)
                .isEqualTo("{\"property\":\"SEA\",\"after\":4,\"next\":6,\"head\":9,"
                        + "\"kept\":{\"version\":2,\"historyDays\":30,\"contactDetails\":false,\"notes\":false},"
                        + "\"events\":[{\"type\":\"booking.created\",\"sequence\":5,\"data\":{\"booking\":"
                        + "{\"confirmation\":\"100042\",\"guest\":{\"id\":7,\"lastName\":\"Gonçalves\"},\"rate\":189.00}}},"
                        + room + "]}");
    }
}
