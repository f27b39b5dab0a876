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

    @Test
    void aDecoyHasTheConfiguredCostAndNoPasswordMatchesIt() {
        String decoy = PasswordHash.decoy(1000);
        assertThat(PasswordHash.iterationsOf(decoy))
                .as("as slow to check as a real hash")
                .isEqualTo(1000);
        assertThat(PasswordHash.needsRehash(decoy, 1000)).isFalse();
        for (String guess : new String[] {"", "decoy-password", "password", "x".repeat(200)}) {
            assertThat(PasswordHash.matches(guess.toCharArray(), decoy))
                    .as(guess)
                    .isFalse();
        }
        assertThat(PasswordHash.decoy(1000))
                .as("a fresh salt and key each time")
                .isNotEqualTo(decoy);
        // Same shape as a real hash: four parts, salt and key of the real sizes.
        String real = PasswordHash.hash("secret".toCharArray(), 1000);
        assertThat(decoy.split("\\$")).hasSize(4);
        assertThat(decoy.split("\\$")[2]).hasSameSizeAs(real.split("\\$")[2]);
        assertThat(decoy.split("\\$")[3]).hasSameSizeAs(real.split("\\$")[3]);
    }
}
