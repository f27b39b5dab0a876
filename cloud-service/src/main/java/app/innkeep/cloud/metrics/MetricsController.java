package app.innkeep.cloud.metrics;

import app.innkeep.cloud.problem.Problem;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The cloud's metrics in the Prometheus text format, for the scraper that holds the scrape token (README "Metrics").
 * Not Micronaut's own metrics endpoints: those stay off (404), as every management endpoint but health.
 */
@Controller("/metrics")
@Requires(beans = ScrapeToken.class)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MetricsController {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ScrapeToken token;
    private final PrometheusMeterRegistry registry;
    private final StandbysByLag standbys;

    public MetricsController(ScrapeToken token, PrometheusMeterRegistry registry, StandbysByLag standbys) {
        this.token = token;
        this.registry = registry;
        this.standbys = standbys;
    }

    @Get(produces = PROMETHEUS_TEXT)
    public HttpResponse<String> scrape(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!token.admits(authorization)) {
            throw Problem.unauthorized(
                    "send the scrape token as 'Authorization: Bearer <innkeep.metrics.scrape-token>'");
        }
        standbys.refreshIfStale();
        return HttpResponse.ok(registry.scrape()).contentType(PROMETHEUS_TEXT);
    }
}
