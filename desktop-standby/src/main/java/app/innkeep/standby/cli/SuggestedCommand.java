package app.innkeep.standby.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every command a standby message tells an admin to run (stop reasons, held events, refusals, CLI errors, start-up
 * warnings, pages), in one place: the words a message shows are built from the same arguments a test runs through
 * this CLI, so a message cannot name a command that does not exist. Placeholders (URL, CODE, KIND, USERNAME, NAME)
 * stay in upper case unless the message knows their value.
 */
public enum SuggestedCommand {
    /** Not paired yet, a revoked or unknown credential, a lost replica key, a pairing refused for a full disk. */
    PAIR(true, "pair", "--cloud", "URL", "--code", "CODE"),
    /** A master-data entry this standby lacks or has deactivated (RENT, or one a held event needs). */
    ADOPT(true, "adopt", "KIND", "CODE"),
    /** After the cause of a stop is mended: a run now rather than at the next scheduled one. */
    SYNC(true, "sync"),
    /** This standby's copy of the cloud lacks an entry the cloud has: replace it from a fresh snapshot. */
    RESYNC(true, "resync"),
    /** A standby without logins: the first admin. */
    STAFF_ADD(true, "staff", "add", "USERNAME", "--name", "NAME", "--role", "ADMIN"),
    /** The CLI found nothing at the standby's address. This one is the launcher's, not the CLI's. */
    START_STANDBY(false, "standby");

    /** The launcher every command goes through (see README, "The desktop standby"). */
    public static final String LAUNCHER = "ops/bin/innkeep";

    static final Set<String> PLACEHOLDERS = Set.of("URL", "CODE", "KIND", "USERNAME", "NAME");

    private final boolean cli;
    private final List<String> args;

    SuggestedCommand(boolean cli, String... args) {
        this.cli = cli;
        this.args = List.of(args);
    }

    /** Whether this is a {@code standby-cli} command (else a launcher command such as {@code standby}). */
    public boolean isCli() {
        return cli;
    }

    /**
     * The arguments, with the given placeholders filled: {@code ADOPT.args("KIND", "inventory-item", "CODE", "RENT")}.
     * Placeholders not given stay as they are.
     */
    public List<String> args(String... placeholderThenValue) {
        if (placeholderThenValue.length % 2 != 0) {
            throw new IllegalArgumentException("placeholders and values come in pairs");
        }
        List<String> filled = new ArrayList<>(args);
        for (int i = 0; i < placeholderThenValue.length; i += 2) {
            String placeholder = placeholderThenValue[i];
            String value = placeholderThenValue[i + 1];
            if (!PLACEHOLDERS.contains(placeholder) || !args.contains(placeholder)) {
                throw new IllegalArgumentException(name() + " has no placeholder " + placeholder);
            }
            filled.replaceAll(a -> a.equals(placeholder) ? value : a);
        }
        return filled;
    }

    /** The command as a message shows it, ready to paste into a shell on the front-desk PC. */
    public String text(String... placeholderThenValue) {
        StringBuilder text = new StringBuilder(LAUNCHER).append(cli ? " standby-cli" : "");
        for (String arg : args(placeholderThenValue)) {
            text.append(' ').append(arg.matches("[A-Za-z0-9_./:@=+,-]+") ? arg : "'" + arg + "'");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
