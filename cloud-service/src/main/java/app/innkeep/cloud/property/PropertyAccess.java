package app.innkeep.cloud.property;

import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The one gate every property-scoped call passes: a caller sees only its own property. Another property is answered
 * exactly as a property that does not exist (404), so codes of other hotels cannot be probed. Support staff, who see
 * every property in the admin area, are told that they may not (403) rather than that the property does not exist.
 */
@Singleton
public class PropertyAccess {

    private final Properties properties;

    public PropertyAccess(Properties properties) {
        this.properties = properties;
    }

    public PropertyRow require(Caller caller, String code, Set<StaffRole> roles) {
        if (caller.is(StaffRole.SUPPORT)) {
            PropertyRow property = properties.byCode(code).orElseThrow(() -> Problem.notFound("property", code));
            caller.require(roles);
            return property;
        }
        if (caller.propertyCode() == null || !caller.propertyCode().equals(code)) {
            throw Problem.notFound("property", code);
        }
        PropertyRow property = properties.byCode(code).orElseThrow(() -> Problem.notFound("property", code));
        caller.require(roles);
        return property;
    }
}
