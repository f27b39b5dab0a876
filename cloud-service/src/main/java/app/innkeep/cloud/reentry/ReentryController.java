package app.innkeep.cloud.reentry;

import app.innkeep.cloud.reentry.ReentryRequests.EntryRequest;
import app.innkeep.cloud.reentry.ReentryRequests.VerifyRequest;
import app.innkeep.model.reentry.ClosingCheckAnswer;
import app.innkeep.model.reentry.ReentryAnswer;
import app.innkeep.model.reentry.ReentryCodec;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

/**
 * Re-entry of the standby's outage journal, for paired standby devices (their credential, {@code Bearer ikd_...}, is
 * checked by the service, not by user login; refused when the backup flag is off or the device revoked). Answers are
 * written by the shared {@link ReentryCodec}, the same code the standby reads them with.
 */
@Controller("/api/v1/properties/{code}/reentry")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReentryController {

    /** On a DAY_CLOSED answer: {@code rolled} or {@code already-closed} (the same on a replay). */
    public static final String DAY_CLOSE_HEADER = "Innkeep-Day-Close";

    private final ReentryPosting posting;
    private final ClosingCheck closingCheck;

    public ReentryController(ReentryPosting posting, ClosingCheck closingCheck) {
        this.posting = posting;
        this.closingCheck = closingCheck;
    }

    /**
     * Re-enters one standby journal entry: 201 the first time, 200 with the same answer ({@code replayed} true)
     * whenever the same {@code entryId} is sent again; 409 when that entryId was used for another action or booking.
     * A DAY_CLOSED answer says in {@value #DAY_CLOSE_HEADER} whether it rolled the cloud's date or found it closed.
     */
    @Post(value = "/entries/{entryId}", produces = MediaType.APPLICATION_JSON)
    @ApiResponse(
            responseCode = "201",
            description = "re-entered now (200 with replayed true when it was already)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReentryAnswer.class)))
    public HttpResponse<String> enter(
            String code,
            String entryId,
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @Body EntryRequest request) {
        var answer = posting.record(authorization, code, entryId, request);
        String body = ReentryCodec.encode(answer.response());
        var response = (answer.replayed()
                        ? HttpResponse.ok(body).header("Idempotent-Replayed", "true")
                        : HttpResponse.created(body))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
        if (answer.dayClose() != null) {
            // A day's close says what it did: rolled the cloud's date, or nothing because the cloud had closed it.
            response.header(
                    DAY_CLOSE_HEADER, answer.dayClose().name().toLowerCase().replace('_', '-'));
        }
        return response;
    }

    /** Read-only proof: which entries exist in the cloud with their lines and amounts, and the bookings' balances. */
    @Post(value = "/verify", produces = MediaType.APPLICATION_JSON)
    @ApiResponse(
            responseCode = "200",
            description = "the asked entries and balances",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClosingCheckAnswer.class)))
    public HttpResponse<String> verify(
            String code,
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @Body VerifyRequest request) {
        return HttpResponse.ok(ReentryCodec.encode(closingCheck.verify(authorization, code, request)))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
