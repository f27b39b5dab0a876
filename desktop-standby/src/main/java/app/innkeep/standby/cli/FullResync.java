package app.innkeep.standby.cli;

import picocli.CommandLine.Command;

/** {@code resync}: throw the copy of the cloud away and take a fresh snapshot; the outage journal stays. */
@Command(
        name = "resync",
        description = "Full resync: replace the replica from a fresh snapshot (the outage journal is kept).")
class FullResync extends StandbyCommand {

    @Override
    public Integer call() throws Exception {
        return print(SyncRunAnswer.of(standby().post("/api/resync")));
    }
}
