package app.innkeep.reports;

import java.util.List;

/** The collisions the standby flagged in one outage, open and resolved: records changed both there and in the cloud. */
public record CollisionReport(ReportHeader header, List<CollisionLine> lines) {

    public CollisionReport {
        java.util.Objects.requireNonNull(header, "header");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
