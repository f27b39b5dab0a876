package app.innkeep.cloud.staff;

import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.PasswordHasher;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a username and password. After {@code innkeep.login.max-failures} wrong passwords in a row the account is
 * locked for {@code innkeep.login.lockout}; even the right password is refused until then.
 */
@Singleton
public class StaffLogin implements HttpRequestExecutorAuthenticationProvider<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLogin.class);

    private final StaffUsers users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    /** Compared against when the user is unknown, so a miss costs as long as a wrong password. */
    private final String decoyHash;

    public StaffLogin(
            StaffUsers users,
            PasswordHasher hasher,
            Clock clock,
            @Value("${innkeep.login.max-failures:5}") int maxFailures,
            @Value("${innkeep.login.lockout:15m}") Duration lockout) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.decoyHash = hasher.hash("decoy-password".toCharArray());
    }

    @Override
    @Transactional
    public AuthenticationResponse authenticate(
            HttpRequest<Object> request, AuthenticationRequest<String, String> authenticationRequest) {
        String username = authenticationRequest.getIdentity();
        char[] password = String.valueOf(authenticationRequest.getSecret()).toCharArray();
        var found = users.byUsername(username);
        if (found.isEmpty()) {
            hasher.matches(password, decoyHash);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        StaffRow user = found.get();
        Instant now = clock.instant();
        if (!user.active()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            LOG.warn("Login refused for {}: account locked until {}", username, user.lockedUntil());
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        if (!hasher.matches(password, user.passwordHash())) {
            int failures = user.failedLogins() + 1;
            Instant lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
            users.recordFailure(user.id(), lockedUntil == null ? failures : 0, lockedUntil);
            if (lockedUntil != null) {
                LOG.warn("Account {} locked until {} after {} wrong passwords", username, lockedUntil, failures);
            }
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        users.recordSuccess(user.id());
        if (hasher.needsRehash(user.passwordHash())) {
            // An older, cheaper hash is brought up to the configured count while the password is at hand.
            users.setPassword(user.id(), hasher.hash(password));
            LOG.info("Password hash of {} upgraded to the configured iteration count", username);
        }
        Map<String, Object> attributes = user.propertyCode() == null
                ? Map.of("name", user.displayName())
                : Map.of("name", user.displayName(), Caller.PROPERTY_CLAIM, user.propertyCode());
        return AuthenticationResponse.success(
                user.username(), List.of(user.role().name()), attributes);
    }
}
