package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theFloorAndTheDefaultAreTheCurrentRecommendation() {
        assertThat(PasswordHash.MIN_ITERATIONS).isEqualTo(600_000);
        assertThat(PasswordHash.DEFAULT_ITERATIONS).isEqualTo(600_000);
    }

    @Test
    void aHashMadeWithFewerIterationsThanConfiguredNeedsARehashAndOneWithAsManyDoesNot() {
        String old = PasswordHash.hash("kept across upgrades".toCharArray(), 1000);
        assertThat(PasswordHash.iterationsOf(old)).isEqualTo(1000);
        assertThat(PasswordHash.needsRehash(old, 2000)).isTrue();
        assertThat(PasswordHash.needsRehash(old, 1000)).isFalse();
        assertThat(PasswordHash.iterationsOf("not-a-hash")).isZero();
    }
}
