package app.innkeep.cloud.masterdata;

import app.innkeep.cloud.masterdata.MasterDataRequests.CreateMasterCodeRequest;
import app.innkeep.cloud.masterdata.MasterDataRequests.MasterCodeResponse;
import app.innkeep.cloud.masterdata.MasterDataRequests.UpdateMasterCodeRequest;
import app.innkeep.cloud.security.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;

/** {@code kind} is one of inventory-items, receipt-types, sources, room-types. */
@Controller("/api/v1/properties/{code}/master-data/{kind}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MasterDataController {

    private final MasterDataService masterData;

    public MasterDataController(MasterDataService masterData) {
        this.masterData = masterData;
    }

    @Get
    public List<MasterCodeResponse> list(String code, String kind, Authentication auth) {
        return masterData.list(Caller.of(auth), code, MasterDataKind.fromPath(kind));
    }

    @Get("/{id}")
    public MasterCodeResponse get(String code, String kind, String id, Authentication auth) {
        return masterData.get(Caller.of(auth), code, MasterDataKind.fromPath(kind), id);
    }

    @Post
    public HttpResponse<MasterCodeResponse> create(
            String code, String kind, @Valid @Body CreateMasterCodeRequest request, Authentication auth) {
        return HttpResponse.created(masterData.create(Caller.of(auth), code, MasterDataKind.fromPath(kind), request));
    }

    @Put("/{id}")
    public MasterCodeResponse update(
            String code, String kind, String id, @Valid @Body UpdateMasterCodeRequest request, Authentication auth) {
        return masterData.update(Caller.of(auth), code, MasterDataKind.fromPath(kind), id, request);
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(String code, String kind, String id, Authentication auth) {
        masterData.delete(Caller.of(auth), code, MasterDataKind.fromPath(kind), id);
        return HttpResponse.noContent();
    }
}
