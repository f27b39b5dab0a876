package app.innkeep.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FleetPollsTest {

    @Test
    void theSimulatedStandbyReadsItsCursorAndTheHeadFromThePagesHead() {
        byte[] page = "{\"property\":\"Q00001\",\"after\":40,\"next\":42,\"head\":57,\"events\":[{\"sequence\":41}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(FleetPolls.number(page, "\"next\":")).isEqualTo(42);
        assertThat(FleetPolls.number(page, "\"head\":")).isEqualTo(57);
        assertThatThrownBy(() ->
                        FleetPolls.number("{\"type\":\"about:blank\"}".getBytes(StandardCharsets.UTF_8), "\"next\":"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void percentilesAreTakenFromTheRecordedLatencies() {
        var tally = new FleetPolls.Tally(200);
        for (int ms = 1; ms <= 100; ms++) {
            tally.latency(ms * 1_000_000L);
        }
        assertThat(tally.percentilesMillis(0.5, 0.95, 0.99)).containsExactly(50.0, 95.0, 99.0);
    }

    @Test
    void theWrittenPropertiesAreOneLargeHotelAndSmallOnes() {
        int[] sizes = Fleet.writtenSizes(50, 19);
        assertThat(sizes[0]).isEqualTo(1000);
        for (int i = 1; i < sizes.length; i++) {
            assertThat(sizes[i]).isBetween(10, 60);
        }
    }
}
