package app.innkeep.cloud.audit;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Who changed what and when, with the state before and after, written in the same transaction as the change so the
 * trail can never miss a change that was saved.
 */
@Singleton
@Store
public class AuditTrail {

    private static final int MAX_STATE = 8000;

    private final Db db;
    private final JsonMapper json;
    private final Clock clock;

    public AuditTrail(Db db, JsonMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    public void record(
            Long propertyId,
            String actor,
            String action,
            String subjectType,
            String subjectKey,
            Object before,
            Object after) {
        db.insert(
                "INSERT INTO AUDIT_ENTRY (PROPERTY_ID, ACTOR, ACTION_NAME, SUBJECT_TYPE, SUBJECT_KEY, BEFORE_STATE, AFTER_STATE, OCCURRED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                propertyId,
                actor,
                action,
                subjectType,
                subjectKey,
                toJson(before),
                toJson(after),
                clock.instant());
    }

    public List<AuditEntryResponse> list(long propertyId, String subjectType, String subjectKey, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT ID, ACTOR, ACTION_NAME, SUBJECT_TYPE, SUBJECT_KEY, BEFORE_STATE, AFTER_STATE, OCCURRED_AT FROM AUDIT_ENTRY WHERE PROPERTY_ID = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(propertyId));
        if (subjectType != null) {
            sql.append(" AND SUBJECT_TYPE = ?");
            params.add(subjectType);
        }
        if (subjectKey != null) {
            sql.append(" AND SUBJECT_KEY = ?");
            params.add(subjectKey);
        }
        sql.append(" ORDER BY ID DESC OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY");
        params.add(limit);
        return db.list(
                sql.toString(),
                rs -> new AuditEntryResponse(
                        rs.getLong("ID"),
                        rs.getString("ACTOR"),
                        rs.getString("ACTION_NAME"),
                        rs.getString("SUBJECT_TYPE"),
                        rs.getString("SUBJECT_KEY"),
                        rs.getString("BEFORE_STATE"),
                        rs.getString("AFTER_STATE"),
                        Db.instant(rs, "OCCURRED_AT")),
                params.toArray());
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            String text = json.writeValueAsString(state);
            return text.length() > MAX_STATE ? text.substring(0, MAX_STATE) : text;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot write audit state of " + state.getClass().getSimpleName(), e);
        }
    }
}
