package app.innkeep.standby.sync;

/** Why a sync run started; the run history keeps the {@link #label()}. */
public enum SyncTrigger {
    /** The hourly Quartz job. */
    SCHEDULE,
    /** Someone pressed "sync now" or "full resync", or ran it from the CLI. */
    MANUAL,
    /** A paired standby whose bootstrap had not completed, at start. */
    STARTUP,
    /** The re-entry assistant or the closing check, which need the cloud's latest first. */
    REENTRY,
    /** The comparison of the replica with the cloud. */
    COMPARE,
    /** Pairing, or a run that found the bootstrap not completed. */
    BOOTSTRAP,
    /** The disk had room again after it was full. */
    DISK_FREED("DISK-FREED"),
    /** The cloud no longer had the events after the cursor (HTTP 410): a full resync. */
    AUTO_410("AUTO-410"),
    /** The property changed what this standby keeps (issue 18): a full resync, so the copy holds just that. */
    DATA_CHOICE("DATA-CHOICE");

    private final String label;

    SyncTrigger() {
        this.label = name();
    }

    SyncTrigger(String label) {
        this.label = label;
    }

    /** The name in the run history and the log, as it has always been written. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
