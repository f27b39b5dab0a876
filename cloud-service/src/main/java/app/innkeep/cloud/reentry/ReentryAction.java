package app.innkeep.cloud.reentry;

/** What a standby journal entry did during the outage, and so what re-entering it does in the cloud. */
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
    ROOM_STATUS;

    /** Actions that add a folio line (their answer names the line and its amount). */
    public boolean postsLine() {
        return this == CHARGE || this == VOID || this == PAYMENT || this == REFUND;
    }
}
