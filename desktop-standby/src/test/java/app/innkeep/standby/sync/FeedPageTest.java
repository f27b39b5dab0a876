package app.innkeep.standby.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A feed page is applied whole or not at all: anything that does not fit together is refused before applying. */
class FeedPageTest {

    static String event(long sequence) {
        return "{\"type\":\"business-date.rolled\",\"schemaVersion\":1,\"property\":\"SEA\",\"sequence\":" + sequence
                + "}";
    }

    @Test
    void aContiguousPageAfterTheCursorIsAccepted() {
        var page = FeedPage.parse(
                "{\"property\":\"SEA\",\"after\":4,\"next\":6,\"head\":9,\"events\":[" + event(5) + "," + event(6)
                        + "]}",
                4,
                "SEA");
        assertThat(page.next()).isEqualTo(6);
        assertThat(page.head()).isEqualTo(9);
        assertThat(page.events()).hasSize(2);
        assertThat(page.events().getFirst().raw().get()).contains("\"sequence\":5");
    }

    @Test
    void truncatedOrForeignOrGappedPagesAreRefusedWhole() {
        String good = "{\"property\":\"SEA\",\"after\":4,\"next\":6,\"head\":9,\"events\":[" + event(5) + "," + event(6)
                + "]}";
        assertThatThrownBy(() -> FeedPage.parse(good.substring(0, good.length() - 5), 4, "SEA"))
                .hasMessageContaining("nothing of it was applied");
        assertThatThrownBy(() -> FeedPage.parse(good, 3, "SEA")).hasMessageContaining("does not follow cursor 3");
        assertThatThrownBy(() -> FeedPage.parse(good, 4, "OAK")).hasMessageContaining("of OAK");
        String gap = "{\"property\":\"SEA\",\"after\":4,\"next\":6,\"head\":9,\"events\":[" + event(5) + "," + event(7)
                + "]}";
        assertThatThrownBy(() -> FeedPage.parse(gap, 4, "SEA")).hasMessageContaining("not a gap-free run");
        String short1 = "{\"property\":\"SEA\",\"after\":4,\"next\":7,\"head\":9,\"events\":[" + event(5) + ","
                + event(6) + "]}";
        assertThatThrownBy(() -> FeedPage.parse(short1, 4, "SEA")).hasMessageContaining("do not match its cursor");
        assertThatThrownBy(() -> FeedPage.parse("{\"property\":\"SEA\",\"after\":4}", 4, "SEA"))
                .hasMessageContaining("incomplete");
        assertThatThrownBy(() -> FeedPage.parse("<html>proxy error</html>", 4, "SEA"))
                .hasMessageContaining("not readable JSON");
    }
}
