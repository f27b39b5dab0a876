package app.innkeep.standby.reentry;

/**
 * The collisions that stop a re-entry until the auditor chooses; the names are the {@code COLLISION} table's kinds
 * (the desk flags others too, which only inform).
 */
public enum ConflictKind {
    /** The cloud changed a booking the desk also changed: per field, one side wins. */
    BOOKING_CHANGED_IN_CLOUD,
    /** The cloud sold the room of a walk-in: the walk-in moves to a free room, or keeps its room. */
    ROOM_DOUBLE_BOOKED
}
