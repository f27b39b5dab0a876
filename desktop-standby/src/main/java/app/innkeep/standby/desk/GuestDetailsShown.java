package app.innkeep.standby.desk;

import app.innkeep.model.snapshot.KeptOnStandby;

/**
 * A booking's guest contact details and notes as this standby's pages and printouts show them (issue 18): the value
 * when there is one; "not kept on this standby" when the property's choice leaves the field out of the cloud's copy, so
 * the desk does not take it for a guest without one; null (shown blank) when the guest has none. A booking the desk
 * took itself (a D-number) has what the desk typed in, whatever the choice.
 */
public record GuestDetailsShown(String email, String phone, String notes) {

    public static final String NOT_KEPT = "not kept on this standby";

    public static GuestDetailsShown of(DeskBooking booking, KeptOnStandby kept) {
        boolean fromCloud = booking.origin() != BookingOrigin.WALK_IN;
        boolean contactLeftOut = fromCloud && !kept.contactDetails();
        boolean notesLeftOut = fromCloud && !kept.notes();
        return new GuestDetailsShown(
                shown(booking.email(), contactLeftOut),
                shown(booking.phone(), contactLeftOut),
                shown(booking.notes(), notesLeftOut));
    }

    private static String shown(String value, boolean leftOut) {
        return value != null ? value : leftOut ? NOT_KEPT : null;
    }
}
