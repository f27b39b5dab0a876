package app.innkeep.ops.dist;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The launcher in the checkout starts the standby and its CLI with the options the packages give them. */
class StandbyJavaOptionsTest {

    @Test
    void theCheckoutsLauncherStartsTheStandbyAndItsCliWithThePackagesOptions() throws IOException {
        String launcher = Files.readString(AppProcess.repositoryRoot().resolve("ops/bin/innkeep"));
        String java = "exec \"$JAVA_HOME/bin/java\" " + String.join(" ", Distribution.STANDBY_JAVA_OPTIONS) + " ";
        assertThat(function(launcher, "cmd_standby")).contains(java).contains("app.innkeep.standby.StandbyApplication");
        assertThat(function(launcher, "cmd_standby-cli")).contains(java).contains("app.innkeep.standby.cli.StandbyCli");
    }

    /** A bash function's body, from its name to the closing brace at the start of a line. */
    private static String function(String script, String name) {
        Matcher m = Pattern.compile("(?ms)^" + Pattern.quote(name) + "\\(\\) \\{\\n(.*?)^\\}")
                .matcher(script);
        assertThat(m.find()).as("the launcher has " + name).isTrue();
        return m.group(1);
    }
}
