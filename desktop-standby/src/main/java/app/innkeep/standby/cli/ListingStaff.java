package app.innkeep.standby.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code staff list}: who can log in to the standby, as what, and who is locked out. */
@Command(name = "list", description = "Every standby login with its role, and whether it is locked.")
class ListingStaff extends StandbyCommand {

    @Override
    public Integer call() throws Exception {
        List<?> all = (List<?>) standby().get("/api/staff");
        if (all == null || all.isEmpty()) {
            out().println("No standby logins yet. Add one: " + SuggestedCommand.STAFF_ADD.text());
            return 0;
        }
        for (Object o : all) {
            Map<?, ?> login = (Map<?, ?>) o;
            out().printf(
                            "%-20s %-14s %s%s%n",
                            login.get("username"),
                            login.get("role"),
                            login.get("displayName"),
                            Boolean.TRUE.equals(login.get("locked")) ? "  (locked)" : "");
        }
        return 0;
    }
}
