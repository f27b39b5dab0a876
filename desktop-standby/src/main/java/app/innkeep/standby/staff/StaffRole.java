package app.innkeep.standby.staff;

/** What a standby login may do. Front desk works the desk; a night auditor also ends outages; an admin does all. */
public enum StaffRole {
    FRONT_DESK,
    NIGHT_AUDITOR,
    ADMIN;

    /** Role names for {@code @Secured}. */
    public static final String DESK = "FRONT_DESK";

    public static final String AUDITOR = "NIGHT_AUDITOR";
    public static final String ADMINISTRATOR = "ADMIN";
}
