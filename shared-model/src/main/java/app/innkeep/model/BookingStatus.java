package app.innkeep.model;

/** Where a booking is in its life; stored and sent by name in both apps. */
public enum BookingStatus {
    RESERVED,
    CHECKED_IN,
    CHECKED_OUT,
    CANCELLED,
    NO_SHOW;

    /** Holds rooms and counts against availability. */
    public boolean holdsInventory() {
        return this == RESERVED || this == CHECKED_IN;
    }
}
