package app.innkeep.standby.staff;

import app.innkeep.model.PasswordHash;
import app.innkeep.standby.input.Invalid;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging in and out of the standby. After {@code innkeep.standby.login.max-failures} wrong passwords in a row an
 * account is locked for {@code innkeep.standby.login.lockout}. A login opens a session: the browser keeps a random
 * token in an HttpOnly cookie, the database only its SHA-256, and each session has its own CSRF token for forms.
 * Passwords are hashed with {@code innkeep.standby.login.iterations} (never below the floor outside tests, see
 * {@code TestOnlySettings}); an older hash is rehashed at its next successful login.
 */
@Singleton
public class StaffLogin {

    private static final Logger LOG = LoggerFactory.getLogger(StaffLogin.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MIN_PASSWORD = 8;

    /** Who is at the desk, as the pages and the journal name them. */
    public record DeskUser(String username, String displayName, StaffRole role, String csrfToken) {}

    /** The outcome of a login: a session token for the cookie, or a message for the login page. */
    public sealed interface Result {
        record LoggedIn(String sessionToken, DeskUser user) implements Result {}

        record Refused(String message) implements Result {}
    }

    private final StaffAccounts accounts;
    private final StaffSessions sessions;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Duration idleTimeout;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final String decoyHash;

    public StaffLogin(
            StaffAccounts accounts,
            StaffSessions sessions,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.standby.login.max-failures:5}") int maxFailures,
            @Value("${innkeep.standby.login.lockout:15m}") Duration lockout,
            @Value("${innkeep.standby.login.idle-timeout:12h}") Duration idleTimeout,
            @Value("${innkeep.standby.login.iterations:600000}") int iterations) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tx = tx;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.idleTimeout = idleTimeout;
        this.iterations = iterations;
        this.decoyHash = PasswordHash.decoy(iterations);
    }

    public Result login(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return new Result.Refused("Enter your username and password.");
        }
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        return tx.executeWrite(s -> {
            Optional<StaffRow> found = accounts.byUsername(name);
            if (found.isEmpty() || !found.get().active()) {
                // As slow as a wrong password, so a guess cannot tell which usernames exist.
                PasswordHash.matches(password.toCharArray(), decoyHash);
                return new Result.Refused("Wrong username or password.");
            }
            StaffRow user = found.get();
            Instant now = clock.instant();
            if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
                LOG.warn("Login refused for {}: account locked until {}", name, user.lockedUntil());
                return new Result.Refused(locked(user.lockedUntil()));
            }
            if (!PasswordHash.matches(password.toCharArray(), user.passwordHash())) {
                int failures = user.failedLogins() + 1;
                Instant lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
                accounts.recordFailure(name, lockedUntil == null ? failures : 0, lockedUntil);
                if (lockedUntil != null) {
                    LOG.warn(
                            "Standby account {} locked until {} after {} wrong passwords", name, lockedUntil, failures);
                    return new Result.Refused(locked(lockedUntil));
                }
                LOG.info("Wrong password for standby account {} ({} in a row)", name, failures);
                return new Result.Refused("Wrong username or password.");
            }
            accounts.recordSuccess(name);
            if (PasswordHash.needsRehash(user.passwordHash(), iterations)) {
                // An older, cheaper hash is brought up to the configured count while the password is at hand.
                accounts.change(
                        name,
                        user.displayName(),
                        user.role(),
                        PasswordHash.hash(password.toCharArray(), iterations),
                        user.active());
                LOG.info("Password hash of standby account {} upgraded to the configured iteration count", name);
            }
            String token = randomToken();
            String csrf = randomToken();
            sessions.save(new StaffSessionRow(sha256(token), name, csrf, now, now));
            LOG.info("{} ({}) logged in to the standby", name, user.role());
            return new Result.LoggedIn(token, new DeskUser(name, user.displayName(), user.role(), csrf));
        });
    }

    /** The user of a session cookie, if the session is open and not idle for too long. */
    public Optional<DeskUser> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(token);
        return tx.executeWrite(s -> {
            Instant now = clock.instant();
            Optional<StaffSessionRow> found = sessions.findById(hash);
            Optional<StaffRow> user = found.flatMap(f -> accounts.byUsername(f.username()));
            if (found.isEmpty() || user.isEmpty()) {
                return Optional.<DeskUser>empty();
            }
            Instant lastSeen = found.get().lastSeenAt();
            if (!user.get().active() || lastSeen.plus(idleTimeout).isBefore(now)) {
                sessions.deleteById(hash);
                return Optional.<DeskUser>empty();
            }
            if (Duration.between(lastSeen, now).toSeconds() >= 60) {
                sessions.update(hash, now);
            }
            StaffRow account = user.get();
            return Optional.of(new DeskUser(
                    account.username(),
                    account.displayName(),
                    account.role(),
                    found.get().csrfToken()));
        });
    }

    public void logout(String token) {
        if (token != null && token.length() <= 100) {
            tx.executeWrite(s -> {
                sessions.deleteById(sha256(token));
                return null;
            });
        }
    }

    /** Creates an account, or changes an existing one (new password, role, name; lifts a lockout). */
    public String saveAccount(String username, String displayName, String role, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new Invalid(
                    "username",
                    "2 to 40 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 80) {
            throw new Invalid(
                    "displayName", "give the name to show on pages and in the journal (at most 80 characters)");
        }
        StaffRole staffRole;
        try {
            staffRole = StaffRole.valueOf(String.valueOf(role).strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("role", "must be one of FRONT_DESK, NIGHT_AUDITOR, ADMIN");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new Invalid("password", "must be " + MIN_PASSWORD + " to 200 characters");
        }
        String hash = PasswordHash.hash(password.toCharArray(), iterations);
        return tx.executeWrite(s -> {
            if (accounts.byUsername(name).isPresent()) {
                accounts.change(name, displayName.strip(), staffRole, hash, true);
                sessions.deleteByUsername(name);
                LOG.info("Standby account {} changed ({}); its sessions were closed", name, staffRole);
                return "changed " + name;
            }
            accounts.add(name, displayName.strip(), staffRole, hash, clock.instant());
            LOG.info("Standby account {} created ({})", name, staffRole);
            return "created " + name;
        });
    }

    /** An account as the admin sees it: never its password hash. */
    public record Account(String username, String displayName, StaffRole role, boolean active, boolean locked) {}

    public List<Account> accounts() {
        Instant now = clock.instant();
        return tx.executeRead(s -> accounts.all().stream()
                .map(a -> new Account(
                        a.username(),
                        a.displayName(),
                        a.role(),
                        a.active(),
                        a.lockedUntil() != null && a.lockedUntil().isAfter(now)))
                .toList());
    }

    private static String locked(Instant until) {
        return "This account is locked after too many wrong passwords until "
                + HH_MM.format(until.atZone(ZoneId.systemDefault())) + ". An admin can unlock it sooner.";
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
