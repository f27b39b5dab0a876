package app.innkeep.standby.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command of the standby CLI explains itself with --help, and an unknown one is refused with a suggestion. */
class StandbyCliHelpTest {

    @Test
    void everyCommandHasHelpThatSaysWhatItDoes() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new StandbyCli()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThanOrEqualTo(13);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StringWriter out = new StringWriter();
            int code =
                    StandbyCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(out, true));
            assertThat(code).as(String.join(" ", args)).isZero();
            assertThat(out.toString())
                    .as(String.join(" ", args))
                    .contains("Usage:")
                    .hasSizeGreaterThan(80);
        }
    }

    @Test
    void anUnknownCommandIsRefusedWithUsage() {
        StringWriter out = new StringWriter();
        int code = StandbyCli.run(new String[] {"frobnicate"}, new PrintWriter(out, true), new PrintWriter(out, true));
        assertThat(code).isNotZero();
        assertThat(out.toString()).contains("frobnicate").contains("Did you mean");
    }

    private static void collect(CommandLine command, List<String> prefix, List<List<String>> out) {
        out.add(prefix);
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> path = new ArrayList<>(prefix);
                path.add(name);
                collect(sub, path, out);
            }
        });
    }
}
