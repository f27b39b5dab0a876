package app.innkeep.standby.outage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One action taken on the standby during an outage, as the re-entry reports and worklist read it. {@code bookingRef}
 * is the D-number or the cloud's confirmation number; before/after are the stored JSON of what changed,
 * read only through {@link OutageJournal#change(JournalEntry)}.
 */
@io.micronaut.serde.annotation.Serdeable
public record JournalEntry(
        long position,
        String entryId,
        long outageId,
        String action,
        String bookingRef,
        String room,
        String code,
        BigDecimal amount,
        String before,
        String after,
        String username,
        Instant enteredAt,
        LocalDate businessDate) {}
