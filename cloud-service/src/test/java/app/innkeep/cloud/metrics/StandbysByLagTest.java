package app.innkeep.cloud.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.metrics.StandbysByLag.Bucket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StandbysByLagTest {

    @Test
    void eachLimitBelongsToTheNextBucket() {
        assertThat(Bucket.of(Duration.ZERO)).isEqualTo(Bucket.UNDER_5M);
        assertThat(Bucket.of(Duration.ofMinutes(5).minusSeconds(1))).isEqualTo(Bucket.UNDER_5M);
        assertThat(Bucket.of(Duration.ofMinutes(5))).isEqualTo(Bucket.UNDER_1H);
        assertThat(Bucket.of(Duration.ofHours(1))).isEqualTo(Bucket.UNDER_1D);
        assertThat(Bucket.of(Duration.ofDays(1).minusSeconds(1))).isEqualTo(Bucket.UNDER_1D);
        assertThat(Bucket.of(Duration.ofDays(1))).isEqualTo(Bucket.OVER_1D);
        assertThat(Bucket.of(Duration.ofDays(40))).isEqualTo(Bucket.OVER_1D);
    }
}
