package app.innkeep.cloud.audit;

import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** Reading the audit trail: night auditors and property admins. */
@Singleton
public class AuditService {

    private final AuditTrail trail;
    private final PropertyAccess access;

    public AuditService(AuditTrail trail, PropertyAccess access) {
        this.trail = trail;
        this.access = access;
    }

    @Transactional
    public List<AuditEntryResponse> list(
            Caller caller, String propertyCode, String subjectType, String subjectKey, int limit) {
        PropertyRow property =
                access.require(caller, propertyCode, Set.of(StaffRole.NIGHT_AUDITOR, StaffRole.PROPERTY_ADMIN));
        return trail.list(property.id(), subjectType, subjectKey, limit);
    }

    /** Support staff: the latest changes of a property's backup flag, with who and why. */
    @Transactional
    public List<AuditEntryResponse> backupFlagHistory(Caller caller, String propertyCode, int limit) {
        PropertyRow property = access.require(caller, propertyCode, Set.of(StaffRole.SUPPORT));
        return trail.list(property.id(), "property", propertyCode, limit).stream()
                .filter(e -> e.action().startsWith("backup."))
                .toList();
    }
}
