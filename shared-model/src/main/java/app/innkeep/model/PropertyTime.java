package app.innkeep.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An instant as a person reads it: in the property's local time, ISO date, minutes, and the zone, such as {@code
 * 2026-11-30 04:04 Europe/Berlin}. Pages, printouts, the CLI and error messages all say times this way, so that the desk,
 * the admin and support staff in another zone read the same clock; {@code Instant.toString()} (UTC, with seconds and
 * fractions) is for logs and the wire only.
 */
public record PropertyTime(ZoneId zone) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** UTC by the name people read ("UTC", where {@code ZoneOffset.UTC} would print "Z"). */
    public static final ZoneId UTC = ZoneId.of("UTC");

    /** The property's zone by its ID; UTC (and so said) when it is missing or not a zone Java knows. */
    public static PropertyTime of(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            return new PropertyTime(UTC);
        }
        try {
            return new PropertyTime(ZoneId.of(zoneId));
        } catch (DateTimeException e) {
            return new PropertyTime(UTC);
        }
    }

    /** {@code 2026-11-30 04:04 Europe/Berlin}; "never" for no time at all. */
    public String format(Instant instant) {
        return instant == null ? "never" : MINUTES.format(instant.atZone(zone)) + " " + zone.getId();
    }

    /** {@code 2026-11-30 04:04} without the zone, where the page says the zone once. */
    public String local(Instant instant) {
        return instant == null ? "never" : MINUTES.format(instant.atZone(zone));
    }
}
