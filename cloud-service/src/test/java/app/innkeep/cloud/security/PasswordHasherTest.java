package app.innkeep.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.matches("correct horse".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct hors".toCharArray(), hash)).isFalse();
    }

    @Test
    void eachHashHasItsOwnSaltAndNeverContainsThePassword() {
        String a = hasher.hash("same password".toCharArray());
        String b = hasher.hash("same password".toCharArray());
        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256$1000$").doesNotContain("same password");
    }

    @Test
    void hashesMadeWithOtherIterationCountsStillVerify() {
        String old = new PasswordHasher(500).hash("kept across upgrades".toCharArray());
        assertThat(hasher.matches("kept across upgrades".toCharArray(), old)).isTrue();
        assertThat(hasher.matches("anything".toCharArray(), "not-a-hash")).isFalse();
    }
}
