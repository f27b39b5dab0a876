package app.innkeep.standby;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The data folder the standby starts on: this PC's usual one, unless a setting names another. */
class StandbyApplicationTest {

    @Test
    void withNothingNamedTheStandbyTakesThisPcsUsualFolder() {
        assertThat(dataDirOf(Map.of())).isEqualTo(DataFolder.forThisPc().toString());
    }

    @Test
    void aFolderNamedInTheSettingsWinsOverThisPcsUsualOne() {
        assertThat(dataDirOf(Map.of("innkeep.standby.data-dir", "/srv/innkeep-desk")))
                .isEqualTo("/srv/innkeep-desk");
    }

    /** The environment alone (no beans started: they would write a token into the folder). */
    private static String dataDirOf(Map<String, Object> settings) {
        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(StandbyApplication.thisPcsDataFolder())
                .properties(settings)
                .build()) {
            Environment env = context.getEnvironment().start();
            return env.getRequiredProperty("innkeep.standby.data-dir", String.class);
        }
    }
}
