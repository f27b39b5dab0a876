package app.innkeep.standby.sync;

/** Published after every sync run (scheduled, manual, at start-up), whatever its result. */
public record SyncFinished(SyncTrigger trigger, RunResult result) {}
