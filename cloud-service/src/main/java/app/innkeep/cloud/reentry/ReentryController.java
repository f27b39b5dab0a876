package app.innkeep.cloud.reentry;

import app.innkeep.cloud.reentry.ReentryRequests.EntryRequest;
import app.innkeep.cloud.reentry.ReentryRequests.EntryResponse;
import app.innkeep.cloud.reentry.ReentryRequests.VerifyRequest;
import app.innkeep.cloud.reentry.ReentryRequests.VerifyResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/**
 * Re-entry of the standby's outage journal, for paired standby devices (their credential, {@code Bearer ikd_...}, is
 * checked by the service, not by user login; refused when the backup flag is off or the device revoked).
 */
@Controller("/api/v1/properties/{code}/reentry")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReentryController {

    private final ReentryService reentry;

    public ReentryController(ReentryService reentry) {
        this.reentry = reentry;
    }

    /**
     * Re-enters one standby journal entry: 201 the first time, 200 with the same answer ({@code replayed} true)
     * whenever the same {@code entryId} is sent again; 409 when that entryId was used for another action or booking.
     */
    @Post("/entries/{entryId}")
    public HttpResponse<EntryResponse> enter(
            String code,
            String entryId,
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @Body EntryRequest request) {
        var answer = reentry.record(authorization, code, entryId, request);
        return answer.replayed()
                ? HttpResponse.ok(answer.response()).header("Idempotent-Replayed", "true")
                : HttpResponse.created(answer.response());
    }

    /** Read-only proof: which entries exist in the cloud with their lines and amounts, and the bookings' balances. */
    @Post("/verify")
    public VerifyResponse verify(
            String code,
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @Body VerifyRequest request) {
        return reentry.verify(authorization, code, request);
    }
}
