package app.innkeep.standby.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The standby's metrics in the Prometheus text format, for the scraper that holds the scrape token (README "Metrics"). */
@Controller("/metrics")
@Requires(beans = ScrapeToken.class)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MetricsApi {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ScrapeToken token;
    private final PrometheusMeterRegistry registry;

    public MetricsApi(ScrapeToken token, PrometheusMeterRegistry registry) {
        this.token = token;
        this.registry = registry;
    }

    @Get(produces = PROMETHEUS_TEXT)
    public HttpResponse<?> scrape(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!token.admits(authorization)) {
            return HttpResponse.unauthorized()
                    .body(new ProblemBody(
                            "Unauthorized",
                            401,
                            "send the scrape token as 'Authorization: Bearer <innkeep.standby.metrics.scrape-token>'",
                            null))
                    .contentType(MediaType.of("application/problem+json"));
        }
        return HttpResponse.ok(registry.scrape()).contentType(PROMETHEUS_TEXT);
    }
}
