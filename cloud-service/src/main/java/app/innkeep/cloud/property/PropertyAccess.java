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

    /**
     * Like {@link #require}, for a change: also locks the property row until the transaction ends. Every writer of
     * a property queues here first, so writers never deadlock on each other's rows and feed sequences are taken in
     * commit order. Returns the property as it is now (business date included).
     */
    public PropertyRow requireForChange(Caller caller, String code, Set<StaffRole> roles) {
        PropertyRow property = require(caller, code, roles);
        properties.lock(property.id());
        return properties.byId(property.id()).orElseThrow();
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
