package app.innkeep.standby.web;

import app.innkeep.model.PropertyTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formatting for the pages, in the property's time zone: templates call {@code fmt.time(...)}, {@code fmt.money(...)}. */
public final class DeskFormat {

    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    public DeskFormat(String timeZone) {
        ZoneId z;
        try {
            z = ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            z = ZoneId.systemDefault();
        }
        this.zone = z;
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
    }

    /** The property's calendar date of a moment, such as the day an outage began. */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "never" : dateTime.format(instant);
    }

    /** With the zone, where the property's time meets another: {@code 2026-11-30 04:04 Europe/Berlin}. */
    public String zoned(Instant instant) {
        return new PropertyTime(zone).format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String label(String code) {
        if (code == null) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public ZoneId zone() {
        return zone;
    }
}
