package app.innkeep.cloud.room;

/** Housekeeping status of a room. A guest checks in only to a clean or inspected room. */
public enum Housekeeping {
    DIRTY,
    CLEAN,
    INSPECTED;

    public boolean readyForArrival() {
        return this != DIRTY;
    }
}
