package app.innkeep.cloud.pairing;

import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.cloud.pairing.PairingRequests.PairRequest;
import app.innkeep.cloud.pairing.PairingRequests.PairResponse;
import app.innkeep.cloud.pairing.PairingRequests.PairingCodeResponse;
import app.innkeep.cloud.security.Caller;
import app.innkeep.model.StandbyVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PairingController {

    private final PairingService pairing;

    public PairingController(PairingService pairing) {
        this.pairing = pairing;
    }

    /** Property admin: a one-time code to type into the standby's "Set backup". */
    @Post("/properties/{code}/pairing-codes")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<PairingCodeResponse> createCode(String code, Authentication auth) {
        return HttpResponse.created(pairing.createCode(Caller.of(auth), code));
    }

    /** The standby exchanges a pairing code for its device credential. No login: the code is the proof. */
    @Post("/pairing")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<PairResponse> pair(
            @Valid @Body PairRequest request, @Nullable @Header(StandbyVersion.HEADER) String standbyVersion) {
        return HttpResponse.created(pairing.pair(request, standbyVersion));
    }

    @Get("/properties/{code}/devices")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<DeviceResponse> devices(String code, Authentication auth) {
        return pairing.devices(Caller.of(auth), code);
    }

    @Post("/properties/{code}/devices/{id}/revoke")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public DeviceResponse revoke(String code, long id, Authentication auth) {
        return pairing.revoke(Caller.of(auth), code, id);
    }

    /** Support staff: every standby of every property with its lag. */
    @Get("/admin/devices")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<DeviceResponse> allDevices(Authentication auth) {
        return pairing.allDevices(Caller.of(auth));
    }

    @Post("/admin/devices/{id}/revoke")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public DeviceResponse revokeAsSupport(long id, Authentication auth) {
        return pairing.revokeAsSupport(Caller.of(auth), id);
    }
}
