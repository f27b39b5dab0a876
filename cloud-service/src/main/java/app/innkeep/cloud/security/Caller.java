package app.innkeep.cloud.security;

import app.innkeep.cloud.problem.Problem;
import io.micronaut.security.authentication.Authentication;
import java.util.Set;

/** Who is calling: taken from the verified login token, passed from controllers to services. */
public record Caller(String username, StaffRole role, String propertyCode) {

    public static final String PROPERTY_CLAIM = "property";

    public static Caller of(Authentication authentication) {
        StaffRole role = authentication.getRoles().stream()
                .map(StaffRole::valueOf)
                .findFirst()
                .orElseThrow(() -> Problem.forbidden("the login carries no role"));
        Object property = authentication.getAttributes().get(PROPERTY_CLAIM);
        return new Caller(authentication.getName(), role, property == null ? null : property.toString());
    }

    /** Refuses the call unless the caller has one of the roles. */
    public void require(Set<StaffRole> allowed) {
        if (!allowed.contains(role)) {
            throw Problem.forbidden("role " + role + " may not do this; it needs one of " + allowed);
        }
    }

    public boolean is(StaffRole r) {
        return role == r;
    }
}
