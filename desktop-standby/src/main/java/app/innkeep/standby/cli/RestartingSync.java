package app.innkeep.standby.cli;

import java.util.Map;
import picocli.CommandLine.Command;

/** {@code restart-sync}: start the scheduled sync afresh when it hangs. */
@Command(name = "restart-sync", description = "Restart the sync service when it is stuck.")
class RestartingSync extends StandbyCommand {

    @Override
    public Integer call() throws Exception {
        Map<?, ?> answer = (Map<?, ?>) standby().post("/api/restart-sync");
        out().println(answer.get("detail"));
        return 0;
    }
}
