package app.innkeep.cloud.portfolio;

import app.innkeep.cloud.security.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PropertyController {

    private final PropertyService properties;

    public PropertyController(PropertyService properties) {
        this.properties = properties;
    }

    @Get("/properties/{code}")
    public PropertyResponse get(String code, Authentication auth) {
        return properties.get(Caller.of(auth), code);
    }

    /** Support staff only: every property. */
    @Get("/admin/properties")
    public List<PropertyResponse> all(Authentication auth) {
        return properties.all(Caller.of(auth));
    }

    /** Support staff only: turn the property's standby backup on or off (audit-logged). */
    @io.micronaut.http.annotation.Put("/admin/properties/{code}/backup")
    public PropertyResponse setBackup(String code, @Valid @Body BackupFlagRequest request, Authentication auth) {
        return properties.setBackup(Caller.of(auth), code, request.enabled());
    }

    /** Support staff only: open a property with RENT and its first admin. */
    @Post("/admin/properties")
    public HttpResponse<PropertyResponse> create(@Valid @Body CreatePropertyRequest request, Authentication auth) {
        return HttpResponse.created(properties.create(Caller.of(auth), request));
    }
}
