package app.innkeep.model;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Staff passwords, hashed the same way in the cloud and on the standby: PBKDF2-HMAC-SHA256 with a random salt per
 * password. The iteration count is stored in each hash, so raising it keeps old passwords valid; the apps rehash a
 * password with the configured count at its next successful login ({@link #needsRehash}).
 */
public final class PasswordHash {

    /**
     * The current recommendation for PBKDF2-HMAC-SHA256 (OWASP, 2023: 600,000 iterations). Configuration may not go
     * below it outside tests ({@link FaultInjection}); 210,000 was the older figure.
     */
    public static final int MIN_ITERATIONS = 600_000;

    public static final int DEFAULT_ITERATIONS = MIN_ITERATIONS;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    public static String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return stored(iterations, salt, derive(password, salt, iterations));
    }

    /**
     * A hash of no password, to compare against when a login names no account: checking a password against it takes
     * the whole derivation, as a wrong password does, and nothing matches it (its key is random, not derived). Made
     * without deriving anything, so a start does not spend the derivation's half second on it.
     */
    public static String decoy(int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] key = new byte[KEY_BITS / 8];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(key);
        return stored(iterations, salt, key);
    }

    /** The stored form: {@code pbkdf2-sha256$iterations$salt$key}, salt and key in Base64 without padding. */
    private static String stored(int iterations, byte[] salt, byte[] key) {
        var b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    public static boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        var b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** The iteration count a stored hash was made with; 0 when it is not a hash of this kind. */
    public static int iterationsOf(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether a hash that just matched its password was made with fewer iterations than now configured. */
    public static boolean needsRehash(String stored, int iterations) {
        return iterationsOf(stored) < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        var spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
