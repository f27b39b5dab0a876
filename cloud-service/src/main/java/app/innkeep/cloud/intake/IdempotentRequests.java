package app.innkeep.cloud.intake;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Answers already given, by idempotency key, per property (Micronaut Data, ADR 0015). */
@Singleton
public class IdempotentRequests {

    /** A stored answer and the fingerprint of the request that produced it. */
    public record StoredAnswer(String requestHash, int status, String body) {}

    private final IdempotentRequestTable table;

    public IdempotentRequests(IdempotentRequestTable table) {
        this.table = table;
    }

    public Optional<StoredAnswer> find(long propertyId, String key) {
        return table.findById(new IdempotentRequestTableRow.Key(propertyId, key))
                .map(IdempotentRequestTableRow::answer);
    }

    /** Fails with {@code Db.ConstraintViolated} when an answer for the key was stored first. */
    public void insert(long propertyId, String key, String requestHash, int status, String body, Instant now) {
        table.save(new IdempotentRequestTableRow(
                new IdempotentRequestTableRow.Key(propertyId, key), requestHash, status, body, now));
    }
}
