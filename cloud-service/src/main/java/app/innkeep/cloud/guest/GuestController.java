package app.innkeep.cloud.guest;

import app.innkeep.cloud.guest.GuestRequests.GuestDetails;
import app.innkeep.cloud.guest.GuestRequests.GuestResponse;
import app.innkeep.cloud.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;

@Controller("/api/v1/properties/{code}/guests")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class GuestController {

    private final GuestService guests;

    public GuestController(GuestService guests) {
        this.guests = guests;
    }

    @Get
    public List<GuestResponse> search(String code, @Nullable @QueryValue String name, Authentication auth) {
        return guests.search(Caller.of(auth), code, name);
    }

    @Get("/{id}")
    public GuestResponse get(String code, long id, Authentication auth) {
        return guests.get(Caller.of(auth), code, id);
    }

    @Put("/{id}")
    public GuestResponse update(String code, long id, @Valid @Body GuestDetails details, Authentication auth) {
        return guests.update(Caller.of(auth), code, id, details);
    }
}
