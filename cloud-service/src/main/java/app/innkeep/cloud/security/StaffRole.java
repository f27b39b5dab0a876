package app.innkeep.cloud.security;

/** What a cloud user may do. All but {@link #SUPPORT} belong to exactly one property. */
public enum StaffRole {
    FRONT_DESK,
    NIGHT_AUDITOR,
    PROPERTY_ADMIN,
    /** Vendor staff: every property, but only the admin area. */
    SUPPORT,
    /** A booking engine or channel: may only deliver online bookings to its property. */
    CHANNEL;

    public boolean belongsToProperty() {
        return this != SUPPORT;
    }
}
