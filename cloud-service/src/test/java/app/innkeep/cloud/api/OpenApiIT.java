package app.innkeep.cloud.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is generated at build time and served without a login. */
@MicronautTest(transactional = false)
class OpenApiIT extends CloudIT {

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.derby();
    }

    @Test
    void theApiDocumentIsServedAndDescribesTheEndpoints() {
        var answer = api().get(null, "/openapi/innkeep-cloud-v1.yml");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("openapi: 3")
                .contains("/api/v1/properties/{code}/bookings:")
                .contains("/api/v1/properties/{code}/online-bookings:")
                .contains("/api/v1/properties/{code}/bookings/{confirmation}/folio/payments:")
                .contains("/api/v1/properties/{code}/reentry/entries/{entryId}:")
                .contains("/api/v1/properties/{code}/reentry/verify:")
                .contains("bearer");
    }

    @Test
    void healthNeedsNoLogin() {
        assertThat(api().get(null, "/health").status()).isEqualTo(200);
    }
}
