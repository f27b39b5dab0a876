package app.innkeep.cloud.reentry;

import app.innkeep.model.reentry.ReentryAction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A re-entered journal entry as the REENTRY_ENTRY table holds it: one per property and entry id. */
@MappedEntity(
        value = "REENTRY_ENTRY",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record ReentryEntryTableRow(
        @EmbeddedId Key key,
        @MappedProperty("ACTION_NAME") ReentryAction action,
        @Nullable String bookingRef,
        @Nullable String cloudConfirmation,
        @Nullable Long lineId,
        @Nullable BigDecimal amount,
        Instant originalAt,
        LocalDate businessDate,
        String enteredBy,
        long deviceId,
        Instant recordedAt) {

    /** The natural key; the column names are given so they are not prefixed with the key's own name. */
    @Embeddable
    record Key(
            @MappedProperty("PROPERTY_ID") long propertyId,
            @MappedProperty("ENTRY_ID") String entryId) {}

    static ReentryEntryTableRow of(ReentryEntries.EntryRow e) {
        return new ReentryEntryTableRow(
                new Key(e.propertyId(), e.entryId()),
                e.action(),
                e.bookingRef(),
                e.cloudConfirmation(),
                e.lineId(),
                e.amount(),
                e.originalAt(),
                e.businessDate(),
                e.enteredBy(),
                e.deviceId(),
                e.recordedAt());
    }

    ReentryEntries.EntryRow entry() {
        return new ReentryEntries.EntryRow(
                key.propertyId(),
                key.entryId(),
                action,
                bookingRef,
                cloudConfirmation,
                lineId,
                amount,
                originalAt,
                businessDate,
                enteredBy,
                deviceId,
                recordedAt);
    }
}
