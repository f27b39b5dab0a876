package app.innkeep.standby.reentry;

/** Where a journal entry stands on the re-entry worklist; the database keeps the same names as text. */
public enum WorkStatus {
    /** Not done yet; the assistant will post it. */
    PENDING,
    /** Its booking collides with a cloud change: it waits for the auditor's choice per field. */
    CONFLICT,
    /** The cloud refused it (or it could not be built); the note says why. It is posted again next run. */
    FAILED,
    /** The assistant posted it and the cloud took it. */
    POSTED,
    /** The auditor re-entered it by hand. */
    MANUAL,
    /** The auditor chose not to re-enter it, with a reason. */
    SKIPPED,
    /** Outage mode on or off: nothing to re-enter. */
    NOTHING;

    /** Settled: nothing is left to do for it. */
    public boolean settled() {
        return switch (this) {
            case MANUAL, POSTED, SKIPPED, NOTHING -> true;
            case PENDING, CONFLICT, FAILED -> false;
        };
    }

    /** The assistant may post it. */
    public boolean postable() {
        return this == PENDING || this == FAILED;
    }
}
