package app.innkeep.cloud.staff;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.PasswordHasher;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffRequests.CreateStaffRequest;
import app.innkeep.cloud.staff.StaffRequests.StaffResponse;
import app.innkeep.cloud.staff.StaffRequests.UpdateStaffRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** A property admin keeps the property's staff accounts. */
@Singleton
public class StaffService {

    private static final Set<StaffRole> ADMIN = Set.of(StaffRole.PROPERTY_ADMIN);

    private final StaffUsers users;
    private final PropertyAccess access;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    public StaffService(StaffUsers users, PropertyAccess access, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.users = users;
        this.access = access;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<StaffResponse> list(Caller caller, String propertyCode) {
        PropertyRow property = access.require(caller, propertyCode, ADMIN);
        return users.ofProperty(property.id()).stream().map(this::response).toList();
    }

    @Transactional
    public StaffResponse create(Caller caller, String propertyCode, CreateStaffRequest request) {
        PropertyRow property = access.require(caller, propertyCode, ADMIN);
        requirePropertyRole(request.role());
        StaffRow created = createUser(
                property.id(), request.username(), request.displayName(), request.role(), request.password());
        StaffResponse response = response(created);
        audit.record(property.id(), caller.username(), "user.created", "user", request.username(), null, response);
        return response;
    }

    @Transactional
    public StaffResponse update(Caller caller, String propertyCode, String username, UpdateStaffRequest request) {
        PropertyRow property = access.require(caller, propertyCode, ADMIN);
        requirePropertyRole(request.role());
        StaffRow user = ownUser(property, username);
        if (user.username().equals(caller.username()) && (!request.active() || request.role() != user.role())) {
            throw Problem.unprocessable("own-account", "role", "you cannot demote or deactivate your own account");
        }
        boolean rightsChange = request.role() != user.role() || request.active() != user.active();
        if (!rightsChange && request.displayName().equals(user.displayName())) {
            // The same state sent again (a retry, a form saved twice) is not a change: no write, no audit entry.
            return response(user);
        }
        users.update(user.id(), request.displayName(), request.role(), request.active(), rightsChange);
        StaffResponse after = response(users.byUsername(username).orElseThrow());
        audit.record(property.id(), caller.username(), "user.updated", "user", username, response(user), after);
        return after;
    }

    /**
     * A property admin sets a new password for one of the property's users (forgotten, or perhaps seen by someone
     * else). Every login token of that user ends with it, the admin's own included when it is the admin's account.
     */
    @Transactional
    public StaffResponse setPassword(Caller caller, String propertyCode, String username, String password) {
        PropertyRow property = access.require(caller, propertyCode, ADMIN);
        StaffRow user = ownUser(property, username);
        users.setPassword(user.id(), hasher.hash(password.toCharArray()));
        StaffResponse after = response(users.byUsername(username).orElseThrow());
        audit.record(property.id(), caller.username(), "user.password-set", "user", username, response(user), after);
        return after;
    }

    /** Used by property creation and the demo seed as well: validates uniqueness and hashes the password. */
    public StaffRow createUser(Long propertyId, String username, String displayName, StaffRole role, String password) {
        if (users.byUsername(username).isPresent()) {
            throw Problem.conflict("username-taken", "username", "username " + username + " is already taken");
        }
        users.insert(propertyId, username, displayName, role, hasher.hash(password.toCharArray()), clock.instant());
        return users.byUsername(username).orElseThrow();
    }

    private StaffRow ownUser(PropertyRow property, String username) {
        return users.byUsername(username)
                .filter(u -> u.propertyId() != null && u.propertyId() == property.id())
                .orElseThrow(() -> Problem.notFound("user", username));
    }

    private static void requirePropertyRole(StaffRole role) {
        if (!role.belongsToProperty()) {
            throw Problem.invalid("role", "a property user cannot have role " + role);
        }
    }

    private StaffResponse response(StaffRow u) {
        boolean locked = u.lockedUntil() != null && clock.instant().isBefore(u.lockedUntil());
        return new StaffResponse(u.username(), u.displayName(), u.role(), u.active(), locked);
    }
}
