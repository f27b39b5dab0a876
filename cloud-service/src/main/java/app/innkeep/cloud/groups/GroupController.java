package app.innkeep.cloud.groups;

import app.innkeep.cloud.groups.GroupRequests.CreateGroupAdminRequest;
import app.innkeep.cloud.groups.GroupRequests.CreateGroupRequest;
import app.innkeep.cloud.groups.GroupRequests.GroupAdminResponse;
import app.innkeep.cloud.groups.GroupRequests.GroupHealthResponse;
import app.innkeep.cloud.groups.GroupRequests.GroupResponse;
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

/**
 * Groups of properties. Support staff make groups, add and remove properties and create group admins; support and
 * the group's admins read its properties' standby health and re-entry progress.
 */
@Controller("/api/v1/groups")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class GroupController {

    private final GroupService groups;

    public GroupController(GroupService groups) {
        this.groups = groups;
    }

    @Get
    public List<GroupResponse> list(Authentication auth) {
        return groups.list(Caller.of(auth));
    }

    @Post
    public HttpResponse<GroupResponse> create(@Valid @Body CreateGroupRequest request, Authentication auth) {
        return HttpResponse.created(groups.create(Caller.of(auth), request));
    }

    @Get("/{code}")
    public GroupResponse get(String code, Authentication auth) {
        return groups.get(Caller.of(auth), code);
    }

    /** Support staff: adds a property (a property may be in several groups); adding it again changes nothing. */
    @Put("/{code}/properties/{propertyCode}")
    public GroupResponse addProperty(String code, String propertyCode, Authentication auth) {
        return groups.addProperty(Caller.of(auth), code, propertyCode);
    }

    @Delete("/{code}/properties/{propertyCode}")
    public GroupResponse removeProperty(String code, String propertyCode, Authentication auth) {
        return groups.removeProperty(Caller.of(auth), code, propertyCode);
    }

    /** Support staff: a user with role GROUP_ADMIN who belongs to this group instead of a property. */
    @Post("/{code}/admins")
    public HttpResponse<GroupAdminResponse> createAdmin(
            String code, @Valid @Body CreateGroupAdminRequest request, Authentication auth) {
        return HttpResponse.created(groups.createAdmin(Caller.of(auth), code, request));
    }

    /** Each property's standbys (last seen, lag, flag, revoked) and the re-entry days the cloud has received. */
    @Get("/{code}/health")
    public GroupHealthResponse health(String code, Authentication auth) {
        return groups.health(Caller.of(auth), code);
    }
}
