package app.innkeep.cloud.pairing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random pairing codes and device credentials, and the hashes under which they are stored. */
final class Secrets {

    /** No 0/O, 1/I/L: a code is read off one screen and typed into another. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    static final String CREDENTIAL_PREFIX = "ikd_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** Eight characters shown as XXXX-XXXX (about 40 bits; valid for minutes and once). */
    static String pairingCode() {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Accepts what a person types: lower case, spaces, with or without the dash. */
    static String normalizeCode(String typed) {
        String compact = typed == null ? "" : typed.toUpperCase().replaceAll("[\\s-]", "");
        return compact.length() == 8 ? compact.substring(0, 4) + "-" + compact.substring(4) : compact;
    }

    static String credential() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return CREDENTIAL_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
