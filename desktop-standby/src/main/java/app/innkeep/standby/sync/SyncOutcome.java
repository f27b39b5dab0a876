package app.innkeep.standby.sync;

/** How a sync run ended; the run history keeps the name. */
public enum SyncOutcome {
    /** Everything new was applied (or the replica replaced). */
    OK,
    /** Another run was busy; this one did nothing. */
    SKIPPED,
    /** There is no property to follow yet. */
    NOT_PAIRED,
    /** Something needs a person (master data, a refused credential, the backup flag): runs stop until it is mended. */
    STOPPED,
    /** The run failed on the way; the next run takes up from where the replica stands. */
    FAILED,
    /**
     * The cloud no longer had the events after the cursor, or the property changed what this standby keeps: a full
     * resync followed.
     */
    RESYNC
}
