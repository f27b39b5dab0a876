package app.innkeep.cloud.masterdata;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.masterdata.MasterDataRequests.CreateMasterCodeRequest;
import app.innkeep.cloud.masterdata.MasterDataRequests.MasterCodeResponse;
import app.innkeep.cloud.masterdata.MasterDataRequests.UpdateMasterCodeRequest;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.DeskStaff;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.MasterDataCode;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.MasterDataChanged;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Inventory items, receipt types, sources and room types. {@code RENT} exists with every property and can be neither
 * deleted nor deactivated; a code in use is deactivated instead of deleted.
 */
@Singleton
public class MasterDataService {

    static final Set<StaffRole> EDITORS = Set.of(StaffRole.PROPERTY_ADMIN);

    private final MasterCodes codes;
    private final PropertyAccess access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public MasterDataService(MasterCodes codes, PropertyAccess access, AuditTrail audit, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.codes = codes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<MasterCodeResponse> list(Caller caller, String propertyCode, MasterDataKind kind) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return codes.list(property.id(), kind).stream()
                .map(MasterCodeResponse::of)
                .toList();
    }

    @Transactional
    public MasterCodeResponse get(Caller caller, String propertyCode, MasterDataKind kind, String code) {
        PropertyRow property = access.require(caller, propertyCode, DeskStaff.ROLES);
        return MasterCodeResponse.of(existing(property, kind, code));
    }

    @Transactional
    public MasterCodeResponse create(
            Caller caller, String propertyCode, MasterDataKind kind, CreateMasterCodeRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, EDITORS);
        if (codes.find(property.id(), kind, request.code()).isPresent()) {
            throw Problem.conflict("code-taken", "code", kind.label() + " " + request.code() + " already exists");
        }
        MasterCodeRow row = row(
                property.id(),
                kind,
                request.code(),
                request.description(),
                request.defaultPrice(),
                request.card(),
                request.maxOccupancy(),
                true);
        codes.insert(row, clock.instant());
        MasterCodeResponse response = MasterCodeResponse.of(row);
        audit.record(property.id(), caller.username(), "masterdata.created", kind.path(), row.code(), null, response);
        outbox.append(property, caller.username(), event(row, false));
        return response;
    }

    @Transactional
    public MasterCodeResponse update(
            Caller caller, String propertyCode, MasterDataKind kind, String code, UpdateMasterCodeRequest request) {
        PropertyRow property = access.requireForChange(caller, propertyCode, EDITORS);
        MasterCodeRow before = existing(property, kind, code);
        if (isRent(kind, code) && !request.active()) {
            throw Problem.unprocessable(
                    "rent-required", "active", "inventory item RENT is required and cannot be deactivated");
        }
        MasterCodeRow after = row(
                property.id(),
                kind,
                code,
                request.description(),
                request.defaultPrice(),
                request.card(),
                request.maxOccupancy(),
                request.active());
        codes.update(after, clock.instant());
        MasterCodeResponse response = MasterCodeResponse.of(after);
        audit.record(
                property.id(),
                caller.username(),
                "masterdata.updated",
                kind.path(),
                code,
                MasterCodeResponse.of(before),
                response);
        outbox.append(property, caller.username(), event(after, false));
        return response;
    }

    @Transactional
    public void delete(Caller caller, String propertyCode, MasterDataKind kind, String code) {
        PropertyRow property = access.requireForChange(caller, propertyCode, EDITORS);
        MasterCodeRow before = existing(property, kind, code);
        if (isRent(kind, code)) {
            throw Problem.conflict("rent-required", "inventory item RENT is required and cannot be deleted");
        }
        long usages = codes.usages(property.id(), kind, code);
        if (usages > 0) {
            throw Problem.conflict(
                    "in-use",
                    kind.label() + " " + code + " is used " + usages
                            + " time(s); deactivate it instead (PUT with \"active\": false)");
        }
        codes.delete(property.id(), kind, code);
        audit.record(
                property.id(),
                caller.username(),
                "masterdata.deleted",
                kind.path(),
                code,
                MasterCodeResponse.of(before),
                null);
        outbox.append(property, caller.username(), event(before, true));
    }

    /** Creates {@code RENT} for a new property. */
    public void createRent(PropertyRow property, String actor) {
        MasterCodeRow rent = row(
                property.id(),
                MasterDataKind.INVENTORY_ITEM,
                MasterDataCode.RENT.value(),
                "Room night",
                null,
                false,
                null,
                true);
        codes.insert(rent, clock.instant());
        outbox.append(property, actor, event(rent, false));
    }

    /** Master data as the standby's preflight compares it: the code and the meaning of its fields. */
    private static PropertyEvent event(MasterCodeRow r, boolean deleted) {
        return new MasterDataChanged(
                r.kind().wireName(),
                r.code(),
                r.description(),
                r.defaultPrice(),
                r.kind() == MasterDataKind.RECEIPT_TYPE ? r.card() : null,
                r.maxOccupancy(),
                null,
                r.active(),
                deleted);
    }

    private MasterCodeRow existing(PropertyRow property, MasterDataKind kind, String code) {
        return codes.find(property.id(), kind, code).orElseThrow(() -> Problem.notFound(kind.label(), code));
    }

    private static boolean isRent(MasterDataKind kind, String code) {
        return kind == MasterDataKind.INVENTORY_ITEM
                && MasterDataCode.RENT.value().equals(code);
    }

    /** Keeps only the fields that mean something for the kind. */
    private static MasterCodeRow row(
            long propertyId,
            MasterDataKind kind,
            String code,
            String description,
            java.math.BigDecimal price,
            Boolean card,
            Integer maxOccupancy,
            boolean active) {
        if (kind == MasterDataKind.ROOM_TYPE && maxOccupancy == null) {
            throw Problem.invalid("maxOccupancy", "is required for a room type");
        }
        return new MasterCodeRow(
                propertyId,
                kind,
                code,
                description.strip(),
                kind == MasterDataKind.INVENTORY_ITEM || kind == MasterDataKind.ROOM_TYPE ? price : null,
                kind == MasterDataKind.RECEIPT_TYPE && Boolean.TRUE.equals(card),
                kind == MasterDataKind.ROOM_TYPE ? maxOccupancy : null,
                active);
    }
}
