package app.innkeep.standby.cli;

import picocli.CommandLine.Command;

/** {@code sync}: fetch what the cloud wrote since the last run, now rather than at the next scheduled one. */
@Command(name = "sync", description = "Sync now (waits for a running scheduled sync first).")
class SyncingNow extends StandbyCommand {

    @Override
    public Integer call() throws Exception {
        return print(SyncRunAnswer.of(standby().post("/api/sync-now")));
    }
}
