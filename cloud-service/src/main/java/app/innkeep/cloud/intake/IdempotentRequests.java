package app.innkeep.cloud.intake;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Answers already given, by idempotency key, per property. */
@Store
@Singleton
public class IdempotentRequests {

    /** A stored answer and the fingerprint of the request that produced it. */
    public record StoredAnswer(String requestHash, int status, String body) {}

    private final Db db;

    public IdempotentRequests(Db db) {
        this.db = db;
    }

    public Optional<StoredAnswer> find(long propertyId, String key) {
        return db.one(
                "SELECT REQUEST_HASH, RESPONSE_STATUS, RESPONSE_BODY FROM IDEMPOTENT_REQUEST WHERE PROPERTY_ID = ? AND IDEMPOTENCY_KEY = ?",
                rs -> new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3)),
                propertyId,
                key);
    }

    public void insert(long propertyId, String key, String requestHash, int status, String body, Instant now) {
        db.update(
                "INSERT INTO IDEMPOTENT_REQUEST (PROPERTY_ID, IDEMPOTENCY_KEY, REQUEST_HASH, RESPONSE_STATUS, RESPONSE_BODY, CREATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                propertyId,
                key,
                requestHash,
                status,
                body,
                now);
    }
}
