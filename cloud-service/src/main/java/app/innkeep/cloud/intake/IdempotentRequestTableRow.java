package app.innkeep.cloud.intake;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** An answer given, as the IDEMPOTENT_REQUEST table holds it: one per property and idempotency key. */
@MappedEntity(
        value = "IDEMPOTENT_REQUEST",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record IdempotentRequestTableRow(
        @EmbeddedId Key key, String requestHash, int responseStatus, String responseBody, Instant createdAt) {

    /** The natural key; the column names are given so they are not prefixed with the key's own name. */
    @Embeddable
    record Key(
            @MappedProperty("PROPERTY_ID") long propertyId,
            @MappedProperty("IDEMPOTENCY_KEY") String idempotencyKey) {}

    IdempotentRequests.StoredAnswer answer() {
        return new IdempotentRequests.StoredAnswer(requestHash, responseStatus, responseBody);
    }
}
