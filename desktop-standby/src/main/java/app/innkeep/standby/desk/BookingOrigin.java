package app.innkeep.standby.desk;

/** Whose version of a booking the desk sees; the names are what the replica's views and the desk's JSON carry. */
public enum BookingOrigin {
    /** The cloud's booking as the copy holds it, untouched here. */
    CLOUD,
    /** A cloud booking the desk changed during an outage. */
    CHANGED,
    /** A booking the desk took during an outage, with a D-number. */
    WALK_IN
}
