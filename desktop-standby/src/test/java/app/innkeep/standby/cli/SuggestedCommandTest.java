package app.innkeep.standby.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A message that names a command the CLI does not have breaks the build here: every suggestion is read back from the
 * words a message shows and parsed by the real CLI, and no message may write a command of its own.
 */
class SuggestedCommandTest {

    @Test
    void everySuggestedCliCommandAsShownParsesInTheStandbyCli() {
        for (SuggestedCommand command : SuggestedCommand.values()) {
            if (!command.isCli()) {
                continue;
            }
            String prefix = SuggestedCommand.LAUNCHER + " standby-cli ";
            assertThat(command.text()).startsWith(prefix);
            List<String> words = shellWords(command.text().substring(prefix.length()));
            assertThat(words).as(command.text()).isEqualTo(command.args());

            CommandLine cli = new CommandLine(new StandbyCli());
            assertThatCode(() -> cli.parseArgs(words.toArray(String[]::new)))
                    .as(command.text())
                    .doesNotThrowAnyException();
            // It names a command that does something, not a group that only prints its usage.
            CommandLine.ParseResult parsed = cli.parseArgs(words.toArray(String[]::new));
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            assertThat(parsed.commandSpec().subcommands()).as(command.text()).isEmpty();
        }
    }

    @Test
    void filledPlaceholdersAreQuotedForTheShellAndStillParse() {
        String text = SuggestedCommand.STAFF_ADD.text("USERNAME", "anna", "NAME", "Anna Berg");
        assertThat(text).isEqualTo("ops/bin/innkeep standby-cli staff add anna --name 'Anna Berg' --role ADMIN");
        String pair = SuggestedCommand.PAIR.text("URL", "https://cloud.example:8443/innkeep");
        assertThat(pair)
                .isEqualTo("ops/bin/innkeep standby-cli pair --cloud https://cloud.example:8443/innkeep --code CODE");
        assertThatCode(() -> new CommandLine(new StandbyCli())
                        .parseArgs(shellWords(text.substring("ops/bin/innkeep standby-cli ".length()))
                                .toArray(String[]::new)))
                .doesNotThrowAnyException();
    }

    @Test
    void noMessageWritesACommandOfItsOwnOutsideSuggestedCommand() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (file.endsWith("SuggestedCommand.java")
                            || file.toString().endsWith(".key")) {
                        continue;
                    }
                    String text = Files.readString(file);
                    if (text.contains("standby-cli ") || text.contains("bin/innkeep ")) {
                        offenders.add(file.toString());
                    }
                }
            }
        }
        assertThat(offenders)
                .as("messages take their commands from SuggestedCommand, which a test runs")
                .isEmpty();
    }

    /** Splits a command line as a POSIX shell would for plain words and single-quoted ones. */
    static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
