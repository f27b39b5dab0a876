package app.innkeep.cloud.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** One line of the audit trail as stored; support staff's changes have no property. */
@MappedEntity(
        value = "AUDIT_ENTRY",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
public record AuditEntryRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        @Nullable Long propertyId,
        String actor,
        String actionName,
        String subjectType,
        String subjectKey,
        @Nullable String beforeState,
        @Nullable String afterState,
        Instant occurredAt,
        @Nullable String reason) {

    AuditEntryResponse response() {
        return new AuditEntryResponse(
                id, actor, actionName, subjectType, subjectKey, beforeState, afterState, occurredAt, reason);
    }
}
