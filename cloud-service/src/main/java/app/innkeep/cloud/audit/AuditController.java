package app.innkeep.cloud.audit;

import app.innkeep.cloud.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

@Controller("/api/v1/properties/{code}/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {

    private final AuditService audit;

    public AuditController(AuditService audit) {
        this.audit = audit;
    }

    /** Newest first; {@code subjectType} is booking, folio, room, user, guest, a master-data list or business-date. */
    @Get
    public List<AuditEntryResponse> list(
            String code,
            @Nullable @QueryValue String subjectType,
            @Nullable @QueryValue String subjectKey,
            @Nullable @QueryValue @Min(1) @Max(500) Integer limit,
            Authentication auth) {
        return audit.list(Caller.of(auth), code, subjectType, subjectKey, limit == null ? 100 : limit);
    }
}
