package app.innkeep.cloud.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A login token must say when it ends and must not be used before it begins. Micronaut's own checks accept a token
 * without {@code exp} (it would never expire) and ignore {@code nbf} unless configured; this one refuses both, whatever
 * the configuration says.
 */
@Singleton
public class TokenLifetime<T> implements GenericJwtClaimsValidator<T> {

    /**
     * Instances behind one load balancer may disagree on the time by a little; a token made by one of them a moment
     * "in the future" of another must still work there. Far less than a token's life.
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Clock clock;

    public TokenLifetime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        JWTClaimsSet set = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
        Instant now = clock.instant();
        Date expires = set.getExpirationTime();
        if (expires == null || !expires.toInstant().isAfter(now.minus(CLOCK_SKEW))) {
            return false;
        }
        Date notBefore = set.getNotBeforeTime();
        return notBefore == null || !notBefore.toInstant().isAfter(now.plus(CLOCK_SKEW));
    }
}
