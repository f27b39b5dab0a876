package app.innkeep.cloud.metrics;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The shared secret of the metrics scraper ({@code innkeep.metrics.scrape-token}). Without it there is no metrics
 * endpoint at all (404): a cloud nobody scrapes shows nothing. Checked at start, so a token too short to be a secret
 * stops the service with a clear reason instead of guarding the endpoint badly.
 */
@Context
@Requires(property = ScrapeToken.KEY, pattern = ".*\\S.*")
public class ScrapeToken {

    static final String KEY = "innkeep.metrics.scrape-token";
    static final int MIN_LENGTH = 16;

    private final byte[] token;

    public ScrapeToken(@Value("${" + KEY + "}") String token) {
        String value = token.strip();
        if (value.length() < MIN_LENGTH) {
            throw new IllegalStateException(KEY + " (env INNKEEP_METRICS_SCRAPE_TOKEN) must be at least " + MIN_LENGTH
                    + " characters: make one with 'openssl rand -hex 24'");
        }
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the Authorization header carries this token as a bearer token; compared in constant time. */
    public boolean admits(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] presented = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, presented);
    }
}
