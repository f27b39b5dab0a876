package app.innkeep.standby.drill;

import java.time.Duration;
import java.time.Instant;

/** One thing done (or refused) during a drill, with its time from the drill's start. */
public record DrillStep(
        int position, Kind kind, Instant takenAt, Duration elapsed, String username, String action, String detail) {

    /** What kind of step it was. */
    public enum Kind {
        /** A desk action, as the drill's outage journal recorded it. */
        DONE,
        /** A printout or report was printed. */
        PRINTED,
        /** The standby refused an action (bad input, a rule, a role). */
        REFUSED
    }

    /** The time from the drill's start as the report prints it: {@code +4:05} or {@code +1:02:03}. */
    public String elapsedText() {
        long s = Math.max(0, elapsed.toSeconds());
        return s >= 3600
                ? String.format("+%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("+%d:%02d", s / 60, s % 60);
    }
}
