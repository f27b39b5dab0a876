package app.innkeep.cloud.security;

import java.util.Set;

/**
 * Who works at the desk: bookings and their folios, guests, the rooms and the codes the desk picks from. Here, beside
 * the roles, so every feature can use it without pointing back at {@code booking}.
 */
public final class DeskStaff {

    public static final Set<StaffRole> ROLES =
            Set.of(StaffRole.FRONT_DESK, StaffRole.NIGHT_AUDITOR, StaffRole.PROPERTY_ADMIN);

    private DeskStaff() {}
}
