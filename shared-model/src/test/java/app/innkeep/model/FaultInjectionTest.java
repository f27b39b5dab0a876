package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.FaultInjection.Armed;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    static final Armed HALT = new Armed("innkeep.standby.reentry.halt-after-posts", 3, "halts the JVM after 3 posts");

    @Test
    void anArmedSettingWithoutTheTestSwitchRefusesToStartAndSaysWhich() {
        for (String testSwitch : new String[] {null, "", "true", "disabled"}) {
            assertThatThrownBy(() -> FaultInjection.check(testSwitch, List.of(HALT)))
                    .isInstanceOf(FaultInjection.Refused.class)
                    .hasMessageContaining("Refusing to start")
                    .hasMessageContaining("innkeep.standby.reentry.halt-after-posts=3")
                    .hasMessageContaining("innkeep.test.fault-injection=enabled");
        }
    }

    @Test
    void withTheTestSwitchTheArmedSettingsAreReturnedForTheLog() {
        assertThat(FaultInjection.check("enabled", List.of(HALT))).containsExactly(HALT);
    }

    @Test
    void nothingArmedNeedsNoSwitch() {
        assertThat(FaultInjection.check(null, List.of())).isEmpty();
    }
}
