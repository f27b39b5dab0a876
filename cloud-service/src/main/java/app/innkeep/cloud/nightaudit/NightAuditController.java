package app.innkeep.cloud.nightaudit;

import app.innkeep.cloud.nightaudit.NightAuditService.NightAuditRequest;
import app.innkeep.cloud.nightaudit.NightAuditService.NightAuditResponse;
import app.innkeep.cloud.security.Caller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

@Controller("/api/v1/properties/{code}/night-audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class NightAuditController {

    private final NightAuditService nightAudit;

    public NightAuditController(NightAuditService nightAudit) {
        this.nightAudit = nightAudit;
    }

    /** Body: the business date being closed, e.g. {@code {"businessDate": "2026-11-23"}}. */
    @Post
    public NightAuditResponse run(String code, @Valid @Body NightAuditRequest request, Authentication auth) {
        return nightAudit.run(Caller.of(auth), code, request);
    }
}
