package app.innkeep.cloud.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cloud without a scrape token has no metrics endpoint: 404 to everyone, whatever they send. */
@MicronautTest(transactional = false)
class MetricsOffIT extends CloudIT {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }

    @Override
    protected Map<String, String> extraProperties() {
        // As an empty INNKEEP_METRICS_SCRAPE_TOKEN would set it: still not configured.
        return Map.of("innkeep.metrics.scrape-token", " ");
    }

    @Test
    void withoutAScrapeTokenTheEndpointIsNotThere() {
        Api api = api();
        for (String token : new String[] {null, " ", MetricsIT.TOKEN, supportToken()}) {
            Api.Answer answer = api.get(token, "/metrics");
            assertThat(answer.status()).as(String.valueOf(token)).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("innkeep_");
        }
    }
}
