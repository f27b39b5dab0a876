package app.innkeep.standby.cli;

import app.innkeep.model.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code staff add}: a new standby login, or a new password, role or name for one (which also unlocks it). */
@Command(
        name = "add",
        description = "Add a standby login, or give an existing one a new password, role or name (this also"
                + " unlocks it). The password is read from the console, or from standard input with"
                + " --password-stdin; it is never a command-line argument.")
class AddingStaff extends StandbyCommand {

    @Parameters(index = "0", description = "Username: lower-case letters, digits, . - _")
    String username;

    @Option(names = "--name", required = true, description = "Name shown on pages and in the journal.")
    String name;

    @Option(names = "--role", required = true, description = "FRONT_DESK, NIGHT_AUDITOR or ADMIN.")
    String role;

    @Option(names = "--password-stdin", description = "Read the password from standard input (for scripts).")
    boolean passwordStdin;

    @Override
    public Integer call() throws Exception {
        var body = JsonObject.fields("displayName", name, "role", role, "password", password());
        Map<?, ?> saved = (Map<?, ?>) standby().put("/api/staff/" + username, body);
        out().println(saved.get("message"));
        return 0;
    }

    /** Typed at the console without echo, or one line of standard input when scripted. */
    private String password() throws IOException {
        if (passwordStdin || System.console() == null) {
            return new BufferedReader(new InputStreamReader(System.in)).readLine();
        }
        char[] typed = System.console().readPassword("Password for %s: ", username);
        return typed == null ? null : new String(typed);
    }
}
