package app.innkeep.cloud.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScrapeTokenTest {

    static final String TOKEN = "0123456789abcdef0123";

    @Test
    void aTokenTooShortToBeASecretStopsTheStartAndDoesNotShowIt() {
        assertThatThrownBy(() -> new ScrapeToken("short-secret"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 16 characters")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void onlyTheSameTokenAsABearerIsAdmitted() {
        ScrapeToken token = new ScrapeToken(" " + TOKEN + "\n");
        assertThat(token.admits("Bearer " + TOKEN)).isTrue();
        assertThat(token.admits(null)).isFalse();
        assertThat(token.admits(TOKEN)).isFalse();
        assertThat(token.admits("Basic " + TOKEN)).isFalse();
        assertThat(token.admits("Bearer " + TOKEN + "x")).isFalse();
        assertThat(token.admits("Bearer " + TOKEN.substring(1))).isFalse();
    }
}
