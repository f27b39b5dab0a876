package app.innkeep.standby.reporting;

import java.time.Instant;

/**
 * The stretch of time the re-entry reports cover. Found from the outage journal (its first and last entries of the
 * open or the last outage) unless the auditor sets it by hand; {@code detected} says which.
 */
public record ReportWindow(Instant from, Instant until, boolean detected) {

    public boolean contains(Instant t) {
        return !t.isBefore(from) && !t.isAfter(until);
    }
}
