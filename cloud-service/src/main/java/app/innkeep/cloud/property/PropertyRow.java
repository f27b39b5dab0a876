package app.innkeep.cloud.property;

import java.time.Instant;
import java.time.LocalDate;

/** A property as stored. */
public record PropertyRow(
        long id,
        String code,
        String name,
        String timeZone,
        String currency,
        LocalDate businessDate,
        boolean backupEnabled,
        Instant createdAt) {}
