package app.innkeep.cloud.standbydata;

import app.innkeep.cloud.security.Caller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** What the property's standby keeps: the property admin's or support's choice. */
@Controller("/api/v1/properties/{code}/standby-data")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class StandbyDataController {

    private final StandbyDataService standbyData;

    public StandbyDataController(StandbyDataService standbyData) {
        this.standbyData = standbyData;
    }

    @Get
    public StandbyDataResponse get(String code, Authentication auth) {
        return StandbyDataResponse.of(code, standbyData.choice(Caller.of(auth), code));
    }

    @Put
    public StandbyDataResponse choose(String code, @Valid @Body StandbyDataRequest request, Authentication auth) {
        Caller caller = Caller.of(auth);
        standbyData.choose(caller, code, request.choices());
        return StandbyDataResponse.of(code, standbyData.choice(caller, code));
    }
}
