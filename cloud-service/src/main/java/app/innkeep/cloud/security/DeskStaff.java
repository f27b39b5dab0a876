package app.innkeep.cloud.booking;

import app.innkeep.cloud.security.StaffRole;
import java.util.Set;

/** Who works a booking and its folio at the desk. */
public final class DeskStaff {

    public static final Set<StaffRole> ROLES =
            Set.of(StaffRole.FRONT_DESK, StaffRole.NIGHT_AUDITOR, StaffRole.PROPERTY_ADMIN);

    private DeskStaff() {}
}
