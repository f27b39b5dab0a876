package app.innkeep.cloud.audit;

import io.micronaut.data.model.Pageable;
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
public class AuditTrail {

    private static final int MAX_STATE = 8000;

    private final AuditEntries entries;
    private final JsonMapper json;
    private final Clock clock;

    public AuditTrail(AuditEntries entries, JsonMapper json, Clock clock) {
        this.entries = entries;
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
        record(propertyId, actor, action, subjectType, subjectKey, before, after, null);
    }

    /** A change made for a stated reason (the backup flag, a revoked standby): who, what, and why. */
    public void record(
            Long propertyId,
            String actor,
            String action,
            String subjectType,
            String subjectKey,
            Object before,
            Object after,
            String reason) {
        entries.save(new AuditEntryRow(
                null,
                propertyId,
                actor,
                action,
                subjectType,
                subjectKey,
                toJson(before),
                toJson(after),
                clock.instant(),
                reason));
    }

    public List<AuditEntryResponse> list(long propertyId, String subjectType, String subjectKey, int limit) {
        Pageable newest = Pageable.from(0, limit);
        List<AuditEntryRow> found;
        if (subjectType != null && subjectKey != null) {
            found = entries.findByPropertyIdAndSubjectTypeAndSubjectKeyOrderByIdDesc(
                    propertyId, subjectType, subjectKey, newest);
        } else if (subjectType != null) {
            found = entries.findByPropertyIdAndSubjectTypeOrderByIdDesc(propertyId, subjectType, newest);
        } else if (subjectKey != null) {
            found = entries.findByPropertyIdAndSubjectKeyOrderByIdDesc(propertyId, subjectKey, newest);
        } else {
            found = entries.findByPropertyIdOrderByIdDesc(propertyId, newest);
        }
        return found.stream().map(AuditEntryRow::response).toList();
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
