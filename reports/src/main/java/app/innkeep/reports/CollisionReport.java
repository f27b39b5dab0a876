package app.innkeep.reports;

import java.util.List;

/** Every collision the standby flagged: records changed both on the standby and in the cloud. */
public record CollisionReport(ReportHeader header, List<CollisionLine> lines) {

    public CollisionReport {
        java.util.Objects.requireNonNull(header, "header");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
