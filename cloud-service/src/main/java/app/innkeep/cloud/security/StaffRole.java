package app.innkeep.cloud.security;

/**
 * What a cloud user may do. All but {@link #SUPPORT} and {@link #GROUP_ADMIN} belong to exactly one property; a group
 * admin belongs to one group of properties instead.
 */
public enum StaffRole {
    FRONT_DESK,
    NIGHT_AUDITOR,
    PROPERTY_ADMIN,
    /** Vendor staff: every property, but only the admin area. */
    SUPPORT,
    /** A booking engine or channel: may only deliver online bookings to its property. */
    CHANNEL,
    /**
     * A hotel group's admin: reads the standby health and outage progress of its group's properties (the group page),
     * and nothing else; every property API refuses it as it refuses another property's staff.
     */
    GROUP_ADMIN;

    public boolean belongsToProperty() {
        return this != SUPPORT && this != GROUP_ADMIN;
    }
}
