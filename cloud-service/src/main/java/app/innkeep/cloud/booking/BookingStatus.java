package app.innkeep.cloud.booking;

/** Where a booking is in its life. */
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
