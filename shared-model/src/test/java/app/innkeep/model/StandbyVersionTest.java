package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandbyVersionTest {

    @Test
    void aPlainVersionIsKeptAsSent() {
        assertThat(StandbyVersion.screened("0.1.0-SNAPSHOT")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(StandbyVersion.screened("2.4.1+build_7")).isEqualTo("2.4.1+build_7");
        assertThat(StandbyVersion.screened("x".repeat(40))).isEqualTo("x".repeat(40));
    }

    @Test
    void anythingElseIsKeptAsUnknown() {
        assertThat(StandbyVersion.screened("<script>alert(1)</script>")).isEqualTo(StandbyVersion.UNKNOWN);
        assertThat(StandbyVersion.screened("x".repeat(41))).isEqualTo(StandbyVersion.UNKNOWN);
        assertThat(StandbyVersion.screened("1.0 beta")).isEqualTo(StandbyVersion.UNKNOWN);
        assertThat(StandbyVersion.screened("1.0';--")).isEqualTo(StandbyVersion.UNKNOWN);
        assertThat(StandbyVersion.screened("")).isEqualTo(StandbyVersion.UNKNOWN);
    }

    @Test
    void noHeaderIsNoVersion() {
        assertThat(StandbyVersion.screened(null)).isNull();
    }
}
