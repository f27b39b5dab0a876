package app.innkeep.cloud.staff;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a username and password. After {@code innkeep.login.max-failures} wrong passwords in a row the account is
 * locked for {@code innkeep.login.lockout}; even the right password is refused until then, with the same answer as a
 * wrong one. Locking the account also ends its current logins (see {@link StaffTokens}).
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
        this.decoyHash = hasher.decoy();
    }

    @Override
    @Transactional
    public AuthenticationResponse authenticate(
            HttpRequest<Object> request, AuthenticationRequest<String, String> authenticationRequest) {
        String username = authenticationRequest.getIdentity();
        char[] password = String.valueOf(authenticationRequest.getSecret()).toCharArray();
        var found = users.byUsername(username);
        // The password is checked first and every wrong one gets the same answer, whether the account is unknown,
        // locked or disabled: a login must not tell a stranger which accounts exist or what state they are in.
        boolean passwordMatches =
                hasher.matches(password, found.map(StaffRow::passwordHash).orElse(decoyHash));
        if (found.isEmpty()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        StaffRow user = found.get();
        Instant now = clock.instant();
        if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            // Even the right password gets the same answer while locked: "locked" for the right one only would tell
            // a guesser which of its guesses was right. Guesses during the lockout neither count nor extend it.
            LOG.warn("Login refused for {}: account locked until {}", username, user.lockedUntil());
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!passwordMatches) {
            if (user.active()) {
                int failures = user.failedLogins() + 1;
                Instant lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
                users.recordFailure(user.id(), lockedUntil == null ? failures : 0, lockedUntil);
                if (lockedUntil != null) {
                    LOG.warn("Account {} locked until {} after {} wrong passwords", username, lockedUntil, failures);
                }
            }
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!user.active()) {
            // Only someone who knows the password learns that the account was deactivated.
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        users.recordSuccess(user.id());
        if (hasher.needsRehash(user.passwordHash())) {
            // An older, cheaper hash is brought up to the configured count while the password is at hand. The
            // password is the same, so the account's tokens stay valid (unlike a password change).
            users.upgradeHash(user.id(), user.passwordHash(), hasher.hash(password));
            LOG.info("Password hash of {} upgraded to the configured iteration count", username);
        }
        return AuthenticationResponse.success(
                user.username(), List.of(user.role().name()), StaffTokens.claims(user));
    }
}
