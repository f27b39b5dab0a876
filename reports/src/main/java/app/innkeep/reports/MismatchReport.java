package app.innkeep.reports;

import java.util.List;

/** Master data (inventory items, receipt types, sources, room types) that differs between the cloud and the standby. */
public record MismatchReport(ReportHeader header, List<MismatchLine> lines) {

    public MismatchReport {
        java.util.Objects.requireNonNull(header, "header");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
