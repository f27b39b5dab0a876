package app.innkeep.standby.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The shared secret of the metrics scraper ({@code innkeep.standby.metrics.scrape-token}). Without it there is no
 * metrics endpoint (404). Not the operator token: a scraper on the LAN must not be able to run the CLI's operations.
 * Checked at start, so a token too short to be a secret stops the standby with a clear reason.
 */
@Context
@Requires(property = ScrapeToken.KEY, pattern = ".*\\S.*")
public class ScrapeToken {

    static final String KEY = "innkeep.standby.metrics.scrape-token";
    static final int MIN_LENGTH = 16;

    private final byte[] token;

    public ScrapeToken(@Value("${" + KEY + "}") String token) {
        String value = token.strip();
        if (value.length() < MIN_LENGTH) {
            throw new IllegalStateException(KEY + " (env INNKEEP_STANDBY_METRICS_SCRAPE_TOKEN) must be at least "
                    + MIN_LENGTH + " characters: make one with 'openssl rand -hex 24'");
        }
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the Authorization header carries this token as a bearer token; compared in constant time. */
    boolean admits(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] presented = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, presented);
    }
}
