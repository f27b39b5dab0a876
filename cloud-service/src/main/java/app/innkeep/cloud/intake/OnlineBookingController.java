package app.innkeep.cloud.intake;

import app.innkeep.cloud.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

@Controller("/api/v1/properties/{code}/online-bookings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OnlineBookingController {

    private final OnlineBookingIntake intake;

    public OnlineBookingController(OnlineBookingIntake intake) {
        this.intake = intake;
    }

    /** Answers 201 the first time and 200 with the same body when the same key is sent again. */
    @Post
    @ApiResponse(
            responseCode = "201",
            description = "the booking (and its deposit); 200 with the first answer when the key was seen before",
            content = @Content(schema = @Schema(implementation = OnlineBookingResponse.class)))
    public HttpResponse<?> receive(
            String code,
            @Nullable @Header("Idempotency-Key") String idempotencyKey,
            @Valid @Body OnlineBookingRequest request,
            Authentication auth) {
        var answer = intake.receive(Caller.of(auth), code, idempotencyKey, request);
        return answer.replayed()
                ? HttpResponse.ok(answer.storedJson())
                        .contentType(MediaType.APPLICATION_JSON_TYPE)
                        .header("Idempotent-Replayed", "true")
                : HttpResponse.created(answer.response());
    }
}
