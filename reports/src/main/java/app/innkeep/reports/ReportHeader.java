package app.innkeep.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Who, what and when every report header shows. {@code zone} is the property's time zone, used for every time printed.
 * {@code period} may be empty or null; {@code dataAsOf} may be null (printed as "Data as of: unknown").
 */
public record ReportHeader(
        String propertyCode,
        String propertyName,
        String reportName,
        String period,
        Instant generatedAt,
        Instant dataAsOf,
        ZoneId zone) {

    public ReportHeader {
        // A time printed in the wrong zone is worse than no report: fail here, not on paper.
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
    }
}
