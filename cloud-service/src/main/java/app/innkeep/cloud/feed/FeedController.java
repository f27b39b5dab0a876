package app.innkeep.cloud.feed;

import app.innkeep.model.StandbyVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The change feed, for paired standby devices (their credential is checked by the service, not by user login). Most
 * polls never reach this controller: the {@link FeedLane} answers them in front of the router (ADR 0025); what it
 * does not take — a refusal, an odd request — comes here, and the answer is the same.
 */
@Controller("/api/v1/properties/{code}/feed")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedController {

    private final FeedAnswers answers;

    public FeedController(FeedAnswers answers) {
        this.answers = answers;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> page(
            String code,
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @Header(StandbyVersion.HEADER) String standbyVersion,
            @Nullable @QueryValue Long after,
            @Nullable @QueryValue Integer limit) {
        FeedPage page = answers.page(authorization, standbyVersion, code, after, limit);
        return HttpResponse.ok(page.toJsonBytes()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
