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

/** The change feed, for paired standby devices (their credential is checked by the service, not by user login). */
@Controller("/api/v1/properties/{code}/feed")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedController {

    private final FeedService feed;
    private final FeedMeters meters;
    private final NothingNew nothingNew;

    public FeedController(FeedService feed, FeedMeters meters, NothingNew nothingNew) {
        this.feed = feed;
        this.meters = meters;
        this.nothingNew = nothingNew;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<byte[]> page(
            String code,
            @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @Nullable @Header(StandbyVersion.HEADER) String standbyVersion,
            @Nullable @QueryValue Long after,
            @Nullable @QueryValue Integer limit) {
        long from = after == null ? 0 : after;
        int size = limit == null ? 500 : limit;
        // An up-to-date standby is answered without reading the feed (NothingNew); everything else reads a page.
        FeedPage page = nothingNew
                .answer(authorization, standbyVersion, code, from, size)
                .orElseGet(() -> feed.page(authorization, standbyVersion, code, from, size));
        meters.served(page.events().count());
        return HttpResponse.ok(page.toJsonBytes()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
