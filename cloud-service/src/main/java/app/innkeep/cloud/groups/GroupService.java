package app.innkeep.cloud.groups;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.groups.GroupRequests.CreateGroupAdminRequest;
import app.innkeep.cloud.groups.GroupRequests.CreateGroupRequest;
import app.innkeep.cloud.groups.GroupRequests.GroupAdminResponse;
import app.innkeep.cloud.groups.GroupRequests.GroupHealthResponse;
import app.innkeep.cloud.groups.GroupRequests.GroupResponse;
import app.innkeep.cloud.groups.GroupRequests.PropertyHealth;
import app.innkeep.cloud.groups.GroupRequests.ReentryDayResponse;
import app.innkeep.cloud.groups.Groups.GroupRow;
import app.innkeep.cloud.pairing.PairingService;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Groups of properties: support staff make them, fill them and give each its admins; support and a group's admins
 * read its properties' standby health and re-entry progress side by side. Changes are audit-logged.
 */
@Singleton
public class GroupService {

    /** How many business days of re-entry the group shows per property. */
    static final int REENTRY_DAYS = 14;

    private static final Set<StaffRole> SUPPORT = Set.of(StaffRole.SUPPORT);

    private final Groups groups;
    private final Properties properties;
    private final PairingService pairing;
    private final OutageProgress progress;
    private final StaffService staff;
    private final AuditTrail audit;
    private final Clock clock;

    public GroupService(
            Groups groups,
            Properties properties,
            PairingService pairing,
            OutageProgress progress,
            StaffService staff,
            AuditTrail audit,
            Clock clock) {
        this.groups = groups;
        this.properties = properties;
        this.pairing = pairing;
        this.progress = progress;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The one gate of every read of a group, the API's and the page's: support staff read every group, a group admin
     * only its own; to anyone else a group is answered as one that does not exist (404), except to a property's staff
     * whose property is in it, who are told they may not (403).
     */
    @Transactional
    public GroupRow readable(Caller caller, String code) {
        return switch (caller.role()) {
            case SUPPORT -> groups.byCode(code).orElseThrow(() -> Problem.notFound("group", code));
            case GROUP_ADMIN ->
                groups.ofAdmin(caller.username())
                        .filter(g -> g.code().equals(code))
                        .orElseThrow(() -> Problem.notFound("group", code));
            default -> {
                if (ownPropertyIsIn(caller, code)) {
                    throw Problem.forbidden(
                            "a group is for support staff and the group's admins, not role " + caller.role());
                }
                throw Problem.notFound("group", code);
            }
        };
    }

    private boolean ownPropertyIsIn(Caller caller, String code) {
        if (caller.propertyCode() == null) {
            return false;
        }
        Optional<GroupRow> group = groups.byCode(code);
        Optional<PropertyRow> own = properties.byCode(caller.propertyCode());
        return group.isPresent()
                && own.isPresent()
                && groups.isMember(group.get().id(), own.get().id());
    }

    /** The group a group admin belongs to; empty for everyone else. */
    @Transactional
    public Optional<String> groupOf(Caller caller) {
        return caller.is(StaffRole.GROUP_ADMIN)
                ? groups.ofAdmin(caller.username()).map(GroupRow::code)
                : Optional.empty();
    }

    @Transactional
    public GroupResponse create(Caller caller, CreateGroupRequest request) {
        caller.require(SUPPORT);
        if (groups.byCode(request.code()).isPresent()) {
            throw Problem.conflict("code-taken", "code", "group " + request.code() + " already exists");
        }
        groups.insert(request.code(), request.name().strip(), clock.instant());
        GroupResponse response = response(groups.byCode(request.code()).orElseThrow());
        audit.record(null, caller.username(), "group.created", "group", request.code(), null, response);
        return response;
    }

    /** Support staff: every group; a group admin: its own. */
    @Transactional
    public List<GroupResponse> list(Caller caller) {
        if (caller.is(StaffRole.GROUP_ADMIN)) {
            return groups.ofAdmin(caller.username()).map(this::response).stream()
                    .toList();
        }
        caller.require(Set.of(StaffRole.SUPPORT, StaffRole.GROUP_ADMIN));
        return groups.all().stream().map(this::response).toList();
    }

    @Transactional
    public GroupResponse get(Caller caller, String code) {
        return response(readable(caller, code));
    }

    /** Adds a property; adding one that is in the group already changes nothing and is not audited. */
    @Transactional
    public GroupResponse addProperty(Caller caller, String code, String propertyCode) {
        caller.require(SUPPORT);
        GroupRow group = groups.byCode(code).orElseThrow(() -> Problem.notFound("group", code));
        PropertyRow property =
                properties.byCode(propertyCode).orElseThrow(() -> Problem.notFound("property", propertyCode));
        if (!groups.isMember(group.id(), property.id())) {
            GroupResponse before = response(group);
            groups.addMember(group.id(), property.id(), clock.instant());
            GroupResponse after = response(group);
            audit.record(property.id(), caller.username(), "group.property-added", "group", code, before, after);
        }
        return response(group);
    }

    /** Removes a property; removing one that is not in the group changes nothing and is not audited. */
    @Transactional
    public GroupResponse removeProperty(Caller caller, String code, String propertyCode) {
        caller.require(SUPPORT);
        GroupRow group = groups.byCode(code).orElseThrow(() -> Problem.notFound("group", code));
        PropertyRow property =
                properties.byCode(propertyCode).orElseThrow(() -> Problem.notFound("property", propertyCode));
        GroupResponse before = response(group);
        if (groups.removeMember(group.id(), property.id())) {
            audit.record(
                    property.id(), caller.username(), "group.property-removed", "group", code, before, response(group));
        }
        return response(group);
    }

    /** A user who belongs to the group instead of a property, with role GROUP_ADMIN. */
    @Transactional
    public GroupAdminResponse createAdmin(Caller caller, String code, CreateGroupAdminRequest request) {
        caller.require(SUPPORT);
        GroupRow group = groups.byCode(code).orElseThrow(() -> Problem.notFound("group", code));
        staff.createUser(
                null, request.username(), request.displayName().strip(), StaffRole.GROUP_ADMIN, request.password());
        groups.assignAdmin(request.username(), group.id());
        GroupAdminResponse response =
                new GroupAdminResponse(request.username(), request.displayName().strip(), group.code());
        audit.record(null, caller.username(), "user.created", "user", request.username(), null, response);
        return response;
    }

    /** Each property of the group: its standbys' health and the re-entry days the cloud has received. */
    @Transactional
    public GroupHealthResponse health(Caller caller, String code) {
        GroupRow group = readable(caller, code);
        List<PropertyHealth> members = groups.memberIds(group.id()).stream()
                .map(id -> properties.byId(id).orElseThrow())
                .map(p -> new PropertyHealth(
                        p.code(),
                        p.name(),
                        p.timeZone(),
                        p.businessDate(),
                        p.backupEnabled(),
                        pairing.healthOf(p),
                        progress.recentDays(p.id(), REENTRY_DAYS).stream()
                                .map(ReentryDayResponse::of)
                                .toList()))
                .toList();
        return new GroupHealthResponse(group.code(), group.name(), members);
    }

    /** A property of a group the caller may read; another property is answered as one that does not exist. */
    @Transactional
    public PropertyRow member(Caller caller, String code, String propertyCode) {
        GroupRow group = readable(caller, code);
        return properties
                .byCode(propertyCode)
                .filter(p -> groups.isMember(group.id(), p.id()))
                .orElseThrow(() -> Problem.notFound("property", propertyCode));
    }

    private GroupResponse response(GroupRow group) {
        List<String> codes = groups.memberIds(group.id()).stream()
                .map(id -> properties.byId(id).orElseThrow().code())
                .toList();
        return new GroupResponse(group.code(), group.name(), codes, groups.admins(group.id()));
    }
}
