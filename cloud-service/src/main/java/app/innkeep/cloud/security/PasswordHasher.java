package app.innkeep.cloud.security;

import app.innkeep.model.PasswordHash;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Staff password hashing ({@link PasswordHash}) with the configured iteration count, which may not go below
 * {@link PasswordHash#MIN_ITERATIONS} outside tests ({@link TestOnlySettings}).
 */
@Singleton
public class PasswordHasher {

    private final int iterations;

    public PasswordHasher(@Value("${innkeep.password.iterations:600000}") int iterations) {
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        return PasswordHash.hash(password, iterations);
    }

    /** A hash no password matches, as slow to check as a real one ({@link PasswordHash#decoy}). */
    public String decoy() {
        return PasswordHash.decoy(iterations);
    }

    public boolean matches(char[] password, String stored) {
        return PasswordHash.matches(password, stored);
    }

    /** Whether a hash that just matched was made with fewer iterations than configured, so it is made again. */
    public boolean needsRehash(String stored) {
        return PasswordHash.needsRehash(stored, iterations);
    }
}
