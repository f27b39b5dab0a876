package app.innkeep.cloud.audit;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One line of the audit trail; before and after are the JSON states, reason why (where the change asks for one). */
@Serdeable
public record AuditEntryResponse(
        long id,
        String actor,
        String action,
        String subjectType,
        String subjectKey,
        String before,
        String after,
        Instant at,
        String reason) {}
