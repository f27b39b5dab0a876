package app.innkeep.cloud.session;

import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffLogin;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The gate of the cloud's pages, in one place for every page (support, property admin, and later ones): who is signed
 * in ({@link #require}), whether a form really comes from our own page ({@link #requireForm}), logging in and out.
 *
 * <p>A login is a server-side session (ADR 0021): the cookie holds 256 random bits, the database their hash. Every
 * page reads the session and the user's row as they are now, so logging out, deactivating the user, changing their
 * role or password, or locking the account ends the session at once on every instance, as it ends API tokens (ADR
 * 0013). The API never reads this cookie: it takes bearer tokens alone.
 */
@Singleton
public class PageGate {

    /** The session cookie; no {@code __Host-} prefix, which browsers accept only with Secure (plain HTTP in dev). */
    public static final String COOKIE = "INNKEEP_CLOUD_SESSION";
    /** The login form's own token (double-submit): before a login there is no session to hold one. */
    static final String LOGIN_COOKIE = "INNKEEP_LOGIN_FORM";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a login attempt came to: a session cookie and where to go, or why not (shown on the login page). */
    public sealed interface Login {
        record LoggedIn(Cookie cookie, SignedIn visitor) implements Login {}

        record Refused(String message) implements Login {}
    }

    private final StaffLogin login;
    private final PageSessions sessions;
    private final Clock clock;
    private final Duration lifetime;

    public PageGate(
            StaffLogin login,
            PageSessions sessions,
            Clock clock,
            @Value("${innkeep.pages.session-lifetime:8h}") Duration lifetime) {
        this.login = login;
        this.sessions = sessions;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Who is signed in with this request's cookie, if anyone (the session live, the account unchanged since). */
    public Optional<SignedIn> signedIn(HttpRequest<?> request) {
        Instant now = clock.instant();
        return request.getCookies()
                .findCookie(COOKIE)
                .map(Cookie::getValue)
                .filter(v -> v.length() > 20 && v.length() < 100)
                .flatMap(v -> sessions.byIdHash(hash(v)))
                .filter(s -> now.isBefore(s.expiresAt()))
                .filter(PageSessionRow::active)
                .filter(s -> s.lockedUntil() == null || !now.isBefore(s.lockedUntil()))
                .filter(s -> s.sessionVersion() == s.tokenVersion())
                .map(s -> new SignedIn(s.username(), s.displayName(), s.roleName(), s.propertyCode(), s.csrfToken()));
    }

    /** The signed-in visitor; anyone else is sent to the login page and back to this page afterwards. */
    public SignedIn require(HttpRequest<?> request) {
        return signedIn(request).orElseThrow(() -> PageRefusal.signInFirst(returnTo(request)));
    }

    /**
     * For a form's POST: the signed-in visitor, once the form proved it comes from our own page: the session's CSRF
     * token (which another site cannot read) and, when the browser names them, the same origin. Refused with 403
     * before anything is changed otherwise.
     */
    public SignedIn requireForm(HttpRequest<?> request, String presentedToken) {
        SignedIn visitor = signedIn(request).orElseThrow(() -> PageRefusal.signInFirst("/"));
        refuseCrossSite(request);
        if (!same(visitor.csrfToken(), presentedToken)) {
            throw PageRefusal.forged("its security token is missing or does not belong to your session");
        }
        return visitor;
    }

    /** Checks the username and password with the API's rules (lockout, the account's state) and opens a session. */
    public Login logIn(HttpRequest<?> request, String username, String password, String formToken) {
        refuseCrossSite(request);
        String expected = request.getCookies()
                .findCookie(LOGIN_COOKIE)
                .map(Cookie::getValue)
                .orElse(null);
        if (expected == null || !same(expected, formToken)) {
            throw PageRefusal.forged("the login form's token is missing or not the one this browser was given");
        }
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return new Login.Refused("Enter your username and password.");
        }
        @SuppressWarnings("unchecked")
        var answer = login.authenticate(
                (HttpRequest<Object>) request, new UsernamePasswordCredentials(username.strip(), password));
        if (!answer.isAuthenticated() || answer.getAuthentication().isEmpty()) {
            return new Login.Refused("Wrong username or password (or the account is locked).");
        }
        var auth = answer.getAuthentication().get();
        Caller caller = Caller.of(auth);
        String id = random();
        String csrf = random();
        Instant now = clock.instant();
        sessions.open(hash(id), caller.username(), csrf, now, now.plus(lifetime));
        Object name = auth.getAttributes().get("name");
        return new Login.LoggedIn(
                cookie(request, COOKIE, id, "/").maxAge(lifetime),
                new SignedIn(
                        caller.username(),
                        name == null ? caller.username() : name.toString(),
                        caller.role(),
                        caller.propertyCode(),
                        csrf));
    }

    /** Ends the session of this request (a POST with its CSRF token) and returns the cookie that clears it. */
    public Cookie logOut(HttpRequest<?> request, String presentedToken) {
        requireForm(request, presentedToken);
        request.getCookies().findCookie(COOKIE).ifPresent(c -> sessions.end(hash(c.getValue())));
        return cookie(request, COOKIE, "", "/").maxAge(0);
    }

    /** A fresh token for the login form, and the cookie that holds its twin. */
    public Cookie loginFormCookie(HttpRequest<?> request, String token) {
        return cookie(request, LOGIN_COOKIE, token, "/login").maxAge(Duration.ofHours(1));
    }

    public static String newFormToken() {
        return random();
    }

    /**
     * Where a signed-in user starts: support's property list, a group admin's group, an admin's standby page, or the
     * note on roles.
     */
    public static String landing(SignedIn visitor) {
        if (visitor.is(StaffRole.SUPPORT)) {
            return "/support/properties";
        }
        if (visitor.is(StaffRole.GROUP_ADMIN)) {
            return "/groups";
        }
        if (visitor.is(StaffRole.PROPERTY_ADMIN) && visitor.propertyCode() != null) {
            return "/admin/" + visitor.propertyCode() + "/standby";
        }
        return "/";
    }

    /** Only a path of our own (never {@code //host} or a full URL): the login must not send anyone elsewhere. */
    public static String safeReturn(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.contains("\r")
                || next.contains("\n")) {
            return null;
        }
        return next;
    }

    /**
     * Refuses a form another site made the browser send: {@code Sec-Fetch-Site} (Chromium, Firefox, Safari) says so,
     * or the {@code Origin} is not this cloud's. Absent headers are not a refusal; the CSRF token still is checked.
     */
    private static void refuseCrossSite(HttpRequest<?> request) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw PageRefusal.forged("it was sent from another site (" + site + ")");
        }
        String origin = request.getHeaders().get("Origin");
        if (origin != null) {
            String host = request.getHeaders().get("Host");
            String own = (secure(request) ? "https://" : "http://") + host;
            if (host == null || !origin.equalsIgnoreCase(own)) {
                throw PageRefusal.forged("it was sent from another site (" + origin + ")");
            }
        }
    }

    /** HttpOnly and SameSite=Strict always; Secure when the browser reached us over TLS (directly or via a proxy). */
    private static Cookie cookie(HttpRequest<?> request, String name, String value, String path) {
        return Cookie.of(name, value)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(secure(request))
                .path(path);
    }

    private static boolean secure(HttpRequest<?> request) {
        // A forged X-Forwarded-Proto can only make the cookie stricter (Secure), never looser.
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }

    private static String returnTo(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return request.getPath() + (query == null ? "" : "?" + query);
    }

    private static boolean same(String expected, String presented) {
        return expected != null
                && presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
