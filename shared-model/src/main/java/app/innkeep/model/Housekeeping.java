package app.innkeep.model;

/** Housekeeping status of a room, stored and sent by name in both apps. A guest checks in only to a clean or inspected room. */
public enum Housekeeping {
    DIRTY,
    CLEAN,
    INSPECTED;

    public boolean readyForArrival() {
        return this != DIRTY;
    }
}
