package app.innkeep.cloud.portfolio;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.letters.LetterTemplateService;
import app.innkeep.cloud.masterdata.MasterDataService;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Opening properties and switching their standby backup (support staff), and reading one's own property. Above the
 * features it sets up (master data, staff, the audit trail), which all reach the property row through
 * {@code property}.
 */
@Singleton
public class PropertyService {

    private static final Set<StaffRole> PROPERTY_STAFF =
            Set.of(StaffRole.FRONT_DESK, StaffRole.NIGHT_AUDITOR, StaffRole.PROPERTY_ADMIN, StaffRole.CHANNEL);

    private final Properties properties;
    private final PropertyAccess access;
    private final StaffService staff;
    private final MasterDataService masterData;
    private final LetterTemplateService letters;
    private final AuditTrail audit;
    private final Clock clock;

    public PropertyService(
            Properties properties,
            PropertyAccess access,
            StaffService staff,
            MasterDataService masterData,
            LetterTemplateService letters,
            AuditTrail audit,
            Clock clock) {
        this.properties = properties;
        this.access = access;
        this.staff = staff;
        this.masterData = masterData;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PropertyResponse get(Caller caller, String code) {
        return PropertyResponse.of(access.require(caller, code, PROPERTY_STAFF));
    }

    /** One property for a page that names who may see it ({@link PropertyAccess}: another property is a 404). */
    @Transactional
    public PropertyResponse get(Caller caller, String code, Set<StaffRole> roles) {
        return PropertyResponse.of(access.require(caller, code, roles));
    }

    @Transactional
    public List<PropertyResponse> all(Caller caller) {
        caller.require(Set.of(StaffRole.SUPPORT));
        return properties.all().stream().map(PropertyResponse::of).toList();
    }

    /**
     * Support staff turn a property's standby backup on or off. Off cuts every paired standby at once: pairing, feed
     * and snapshot are refused until it is on again. Setting the flag to what it already is changes nothing and is not
     * audited.
     */
    @Transactional
    public PropertyResponse setBackup(Caller caller, String code, boolean enabled) {
        return setBackup(caller, code, enabled, null).property();
    }

    /** What a change of the backup flag came to: the property after it, and whether anything changed. */
    public record BackupChange(PropertyResponse property, boolean changed) {}

    /**
     * As {@link #setBackup(Caller, String, boolean)}, with the reason support staff gave (the pages require one; the
     * API may give none), kept in the audit trail beside who made the change.
     */
    @Transactional
    public BackupChange setBackup(Caller caller, String code, boolean enabled, String reason) {
        caller.require(Set.of(StaffRole.SUPPORT));
        Problem.refuse(
                "reason",
                app.innkeep.model.FreeText.fault(
                        reason, app.innkeep.model.FreeText.Lines.SINGLE, app.innkeep.model.FreeText.Limits.REASON));
        PropertyRow before = properties.byCode(code).orElseThrow(() -> Problem.notFound("property", code));
        properties.lock(before.id());
        PropertyRow locked = properties.byId(before.id()).orElseThrow();
        if (locked.backupEnabled() == enabled) {
            // Already so: nothing changed, so nothing is written to the audit trail or the log.
            return new BackupChange(PropertyResponse.of(locked), false);
        }
        properties.setBackupEnabled(before.id(), enabled);
        PropertyResponse after = PropertyResponse.of(properties.byCode(code).orElseThrow());
        audit.record(
                before.id(),
                caller.username(),
                enabled ? "backup.enabled" : "backup.disabled",
                "property",
                code,
                PropertyResponse.of(before),
                after,
                reason);
        org.slf4j.LoggerFactory.getLogger(PropertyService.class)
                .info("Standby backup of {} turned {} by {}", code, enabled ? "on" : "off", caller.username());
        return new BackupChange(after, true);
    }

    /** Opens a property with {@code RENT}, the standard letters and its first property admin, in one transaction. */
    @Transactional
    public PropertyResponse create(Caller caller, CreatePropertyRequest request) {
        caller.require(Set.of(StaffRole.SUPPORT));
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            throw Problem.invalid("timeZone", "unknown time zone " + request.timeZone());
        }
        try {
            Currency.getInstance(request.currency());
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("currency", "unknown currency " + request.currency());
        }
        if (properties.byCode(request.code()).isPresent()) {
            throw Problem.conflict("code-taken", "code", "property " + request.code() + " already exists");
        }
        long id = properties.insert(
                request.code(),
                request.name().strip(),
                request.timeZone(),
                request.currency(),
                request.businessDate(),
                clock.instant());
        PropertyRow opened = properties.byId(id).orElseThrow();
        masterData.createRent(opened, caller.username());
        letters.seedStandardLetters(opened);
        var admin = request.admin();
        try {
            staff.createUser(id, admin.username(), admin.displayName(), StaffRole.PROPERTY_ADMIN, admin.password());
        } catch (Problem p) {
            throw p.within("admin");
        }
        PropertyResponse response =
                PropertyResponse.of(properties.byCode(request.code()).orElseThrow());
        audit.record(id, caller.username(), "property.created", "property", request.code(), null, response);
        return response;
    }
}
