package app.innkeep.ops.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo honours MICRONAUT_SERVER_PORT (and INNKEEP_STANDBY_PORT), and says why when it picks a port itself. */
class DemoPortsTest {

    @Test
    void aPortNamedInTheEnvironmentIsTheOneUsed() throws IOException {
        int free = freePort();

        var choice =
                DemoPorts.choose(Map.of("MICRONAUT_SERVER_PORT", String.valueOf(free)), "MICRONAUT_SERVER_PORT", 8080);

        assertThat(choice.port()).isEqualTo(free);
        assertThat(choice.said("the cloud listens", free))
                .isEqualTo("the cloud listens on port " + free + " (from MICRONAUT_SERVER_PORT)");
    }

    @Test
    void aNamedPortThatIsTakenStopsTheDemoSayingWhy() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            String port = String.valueOf(taken.getLocalPort());
            assertThatThrownBy(() ->
                            DemoPorts.choose(Map.of("MICRONAUT_SERVER_PORT", port), "MICRONAUT_SERVER_PORT", 8080))
                    .hasMessage("MICRONAUT_SERVER_PORT=" + port
                            + " is taken by another program: stop it, or set MICRONAUT_SERVER_PORT to a free port");
        }
        assertThatThrownBy(
                        () -> DemoPorts.choose(Map.of("INNKEEP_STANDBY_PORT", "eighty"), "INNKEEP_STANDBY_PORT", 8090))
                .hasMessage("INNKEEP_STANDBY_PORT=eighty is not a port number");
    }

    @Test
    void withoutAVariableTheUsualPortIsUsedOrAFreeOneIsPickedAndTheReasonSaid() throws IOException {
        int free = freePort();
        assertThat(DemoPorts.choose(Map.of(), "INNKEEP_STANDBY_PORT", free))
                .isEqualTo(new DemoPorts.Choice(free, "the usual port; set INNKEEP_STANDBY_PORT to choose another"));

        try (ServerSocket taken = new ServerSocket(0)) {
            int usual = taken.getLocalPort();
            var choice = DemoPorts.choose(Map.of(), "INNKEEP_STANDBY_PORT", usual);
            assertThat(choice.port()).as("any free port").isZero();
            assertThat(choice.said("the standby listens", 41234))
                    .isEqualTo("the standby listens on port 41234 (" + usual
                            + " is taken by another program, so a free port was picked; set INNKEEP_STANDBY_PORT to"
                            + " choose)");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
