package app.innkeep.standby.outage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the append-only outage journal; its position is Derby's identity, the order actions were taken in. */
@MappedEntity(
        value = "OUTAGE_JOURNAL",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
public record JournalRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long position,

        String entryId,
        long outageId,
        String action,
        @Nullable String bookingRef,
        @Nullable String roomNumber,
        @Nullable String code,
        @Nullable BigDecimal amount,
        @Nullable String beforeState,
        @Nullable String afterState,
        String username,
        Instant enteredAt,
        LocalDate businessDate) {

    JournalEntry entry() {
        return new JournalEntry(
                position,
                entryId,
                outageId,
                action,
                bookingRef,
                roomNumber,
                code,
                amount,
                beforeState,
                afterState,
                username,
                enteredAt,
                businessDate);
    }
}
