package app.innkeep.standby.drill;

/** Where a fire drill stands; the DRILL table keeps the name. */
public enum DrillState {
    /** The desk works on the drill's copy now. */
    RUNNING,
    /** Ended by a night auditor or an admin; the copy was thrown away and the report kept. */
    ENDED,
    /** The standby stopped during the drill; its copy was discarded at the next start. */
    ABANDONED
}
