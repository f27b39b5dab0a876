package app.innkeep.standby.reentry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** Which side the auditor chose for one field of a booking changed on both sides (or a walk-in's new room). */
@MappedEntity(
        value = "REENTRY_CHOICE",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record ReentryChoiceRow(
        @EmbeddedId Key id, Winner winner, @Nullable String chosenValue, String chosenBy, Instant chosenAt) {

    /** A booking's field: the table's key. */
    @Embeddable
    record Key(
            @MappedProperty("BOOKING_REF") String bookingRef,
            @MappedProperty("FIELD") String field) {}
}
