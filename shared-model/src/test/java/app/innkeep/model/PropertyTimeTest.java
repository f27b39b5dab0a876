package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PropertyTimeTest {

    static final Instant T = Instant.parse("2026-11-30T03:04:46.6Z");

    @Test
    void saysAnInstantInThePropertysLocalTimeWithItsZone() {
        assertThat(PropertyTime.of("Europe/Berlin").format(T)).isEqualTo("2026-11-30 04:04 Europe/Berlin");
        assertThat(PropertyTime.of("America/Los_Angeles").format(T)).isEqualTo("2026-11-29 19:04 America/Los_Angeles");
    }

    @Test
    void withoutAZoneItSaysUtcAndSoSays() {
        assertThat(PropertyTime.of(null).format(T)).isEqualTo("2026-11-30 03:04 UTC");
        assertThat(PropertyTime.of("Mars/Olympus").format(T)).isEqualTo("2026-11-30 03:04 UTC");
    }

    @Test
    void noTimeIsNever() {
        assertThat(PropertyTime.of("Europe/Berlin").format(null)).isEqualTo("never");
    }
}
