package app.innkeep.cloud.staff;

import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.staff.StaffRequests.CreateStaffRequest;
import app.innkeep.cloud.staff.StaffRequests.StaffResponse;
import app.innkeep.cloud.staff.StaffRequests.UpdateStaffRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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

@Controller("/api/v1/properties/{code}/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class StaffController {

    private final StaffService staff;

    public StaffController(StaffService staff) {
        this.staff = staff;
    }

    @Get
    public List<StaffResponse> list(String code, Authentication auth) {
        return staff.list(Caller.of(auth), code);
    }

    @Post
    public HttpResponse<StaffResponse> create(
            String code, @Valid @Body CreateStaffRequest request, Authentication auth) {
        return HttpResponse.created(staff.create(Caller.of(auth), code, request));
    }

    @Put("/{username}")
    public StaffResponse update(
            String code, String username, @Valid @Body UpdateStaffRequest request, Authentication auth) {
        return staff.update(Caller.of(auth), code, username, request);
    }

    /** Property admin: a new password for a user; the user's current logins end at once. */
    @Put("/{username}/password")
    public StaffResponse setPassword(
            String code, String username, @Valid @Body PasswordChangeRequest request, Authentication auth) {
        return staff.setPassword(Caller.of(auth), code, username, request.password());
    }
}
