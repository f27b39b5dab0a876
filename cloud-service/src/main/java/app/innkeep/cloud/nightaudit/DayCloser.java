package app.innkeep.cloud.nightaudit;

/** Who closed a business day: the cloud's own night audit, or the standby's, re-entered after an outage. */
public enum DayCloser {
    CLOUD,
    STANDBY
}
