package app.innkeep.cloud.staff;

import app.innkeep.cloud.security.Caller;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.text.ParseException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a verified login token into the caller as the user is <em>now</em>. The token proves only who logged in and
 * which {@code tokenVersion} the account had then; every request reads the user's row (one indexed lookup) and refuses
 * the token when the account was deactivated, locked, given another role or a new password since (each of which
 * increments the version). Role and property come from the row, never from the token. No cache: the cloud runs as
 * several instances on one database, and a cache on one of them would let a revoked token through there (ADR 0013).
 *
 * <p>The lookup runs where Micronaut validates the token, on the request's event-loop thread. Moving validation to the
 * blocking pool ({@code micronaut.security.token.jwt.nimbus.reactive-validator-execute-on-blocking}) was tried: the
 * request body is then bound off the event loop and Micronaut 4.10's body buffer fails its own re-entrancy assertion
 * (500 on every POST with a body). One unique-index read is far cheaper than the PBKDF2 of a login.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class StaffTokens implements JwtAuthenticationFactory {

    static final String VERSION_CLAIM = "tokenVersion";
    private static final String NAME_CLAIM = "name";

    private final StaffUsers users;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public StaffTokens(StaffUsers users, TransactionOperations<Connection> tx, Clock clock) {
        this.users = users;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a login token says besides the username and role: the display name, property and token version. */
    static Map<String, Object> claims(StaffRow user) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(NAME_CLAIM, user.displayName());
        claims.put(VERSION_CLAIM, user.tokenVersion());
        if (user.propertyCode() != null) {
            claims.put(Caller.PROPERTY_CLAIM, user.propertyCode());
        }
        return claims;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        String username;
        Object version;
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            username = claims.getSubject();
            version = claims.getClaim(VERSION_CLAIM);
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (username == null || !(version instanceof Number tokenVersion)) {
            return Optional.empty();
        }
        return tx.executeRead(status -> users.byUsername(username))
                .filter(user -> user.tokenVersion() == tokenVersion.longValue())
                .filter(StaffRow::active)
                .filter(user -> user.lockedUntil() == null || !clock.instant().isBefore(user.lockedUntil()))
                .map(user -> Authentication.build(
                        user.username(), List.of(user.role().name()), claims(user)));
    }
}
