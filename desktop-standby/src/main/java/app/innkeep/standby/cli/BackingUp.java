package app.innkeep.standby.cli;

import java.util.Map;
import picocli.CommandLine.Command;

/** {@code backup}: an online backup of the replica now, besides the ones every 6 hours. */
@Command(
        name = "backup",
        description = "Back the replica up now (online, while the standby runs) into its backup folder. The backup"
                + " opens only with replica.key: keep that file backed up separately.")
class BackingUp extends StandbyCommand {

    @Override
    public Integer call() throws Exception {
        Map<?, ?> answer = (Map<?, ?>) standby().post("/api/backup");
        out().println("Backed up to " + answer.get("folder"));
        return 0;
    }
}
