package app.innkeep.standby.sync;

import java.time.Duration;

/** Published after every sync run (scheduled, manual, at start-up), whatever its result, with how long it took. */
public record SyncFinished(SyncTrigger trigger, RunResult result, Duration took) {}
