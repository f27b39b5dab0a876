package app.innkeep.model.reentry;

/**
 * What a standby journal entry did during the outage, and so what re-entering it does in the cloud. The names are the
 * wire's and the cloud's stored text; a new action breaks the build in every exhaustive {@code switch} on both sides.
 */
public enum ReentryAction {
    WALK_IN,
    CHECK_IN,
    CHECK_OUT,
    MODIFY,
    CANCEL,
    CHARGE,
    VOID,
    PAYMENT,
    REFUND,
    ROOM_STATUS,
    RESERVE,
    RENT,
    DAY_CLOSED;

    /** Actions that add a folio line (their answer names the line and its amount). */
    public boolean postsLine() {
        return switch (this) {
            case CHARGE, VOID, PAYMENT, REFUND, RENT -> true;
            case WALK_IN, CHECK_IN, CHECK_OUT, MODIFY, CANCEL, ROOM_STATUS, RESERVE, DAY_CLOSED -> false;
        };
    }
}
