package app.innkeep.standby.desk;

/** Where a folio line the desk sees was posted; the names are what the replica's views and the desk's JSON carry. */
public enum LineOrigin {
    /** Posted in the cloud and copied here. */
    CLOUD,
    /** Posted on this standby during an outage. */
    STANDBY
}
