package app.innkeep.cloud.staff;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person's rights end when an admin says so, on the very next request: deactivation, a new role, a lockout and a
 * new password each end the tokens issued before; a standby's device credential is not a login and keeps working.
 * A login does not tell a stranger which accounts exist or what state they are in, and a token must say when it
 * ends and not start in the future.
 */
abstract class StaffAccessIT extends CloudIT {

    /** The test knows the signing secret, so it can forge tokens the service would otherwise accept. */
    static final String JWT_SECRET = "a signing secret of the staff access tests, long enough";

    static final String TODAY = "2026-03-10";
    private static final AtomicInteger USERS = new AtomicInteger();

    TestHotel sea;
    String support;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("innkeep.jwt-secret", JWT_SECRET, "innkeep.login.max-failures", "3");
    }

    @BeforeAll
    void openHotel() {
        support = supportToken();
        sea = TestHotel.open(api(), support, "SEA", TODAY);
    }

    record User(String username, String token) {}

    /** A new user of SEA with the role, logged in. */
    User newUser(String role) {
        String username = "sea.user" + USERS.incrementAndGet();
        ok(api().post(
                        sea.admin,
                        sea.path("/users"),
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "User " + username,
                                "role",
                                role,
                                "password",
                                TestHotel.PASSWORD)));
        return new User(username, api().login(username, TestHotel.PASSWORD));
    }

    void change(User user, String role, boolean active) {
        ok(api().put(
                        sea.admin,
                        sea.path("/users/" + user.username()),
                        Map.of("displayName", "User " + user.username(), "role", role, "active", active)));
    }

    Api.Answer postCharge(String token) {
        String confirmation = sea.book("Revoked-" + USERS.incrementAndGet(), TODAY, "2026-03-11", null);
        return api().post(token, sea.path("/bookings/" + confirmation + "/folio/charges"), Map.of("item", "PARKING"));
    }

    Api.Answer createMasterData(String token) {
        return api().post(
                        token,
                        sea.path("/master-data/sources"),
                        Map.of("code", "S" + USERS.incrementAndGet(), "description", "A source"));
    }

    Api.Answer login(String username, String password) {
        return api().post(null, "/api/v1/login", Map.of("username", username, "password", password));
    }

    // ---- 1. rights end when an admin says so ----

    @Test
    void deactivatedUsersTokenIsRefusedOnTheNextRequest() {
        User desk = newUser("FRONT_DESK");
        assertThat(api().get(desk.token(), sea.path("/bookings")).status()).isEqualTo(200);
        assertThat(postCharge(desk.token()).status()).isEqualTo(201);

        change(desk, "FRONT_DESK", false);

        assertThat(api().get(desk.token(), sea.path("/bookings")).status()).isEqualTo(401);
        assertThat(postCharge(desk.token()).status()).isEqualTo(401);
    }

    @Test
    void adminDemotedToChannelCanNoLongerCreateMasterData() {
        User admin = newUser("PROPERTY_ADMIN");
        assertThat(createMasterData(admin.token()).status()).isEqualTo(201);

        change(admin, "CHANNEL", true);

        assertThat(createMasterData(admin.token()).status()).isEqualTo(401);
        String asChannel = api().login(admin.username(), TestHotel.PASSWORD);
        assertThat(createMasterData(asChannel).status()).isEqualTo(403);
    }

    @Test
    void lockedAccountsTokenIsRefusedOnTheNextRequest() {
        User desk = newUser("FRONT_DESK");
        assertThat(api().get(desk.token(), sea.path("/bookings")).status()).isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            assertThat(login(desk.username(), "not the password " + i).status()).isEqualTo(401);
        }

        assertThat(api().get(desk.token(), sea.path("/bookings")).status()).isEqualTo(401);
    }

    @Test
    void newPasswordEndsTheTokensOfTheOldOne() {
        User desk = newUser("FRONT_DESK");
        assertThat(api().get(desk.token(), sea.path("/bookings")).status()).isEqualTo(200);

        ok(api().put(
                        sea.admin,
                        sea.path("/users/" + desk.username() + "/password"),
                        Map.of("password", "a brand new password")));

        assertThat(api().get(desk.token(), sea.path("/bookings")).status()).isEqualTo(401);
        assertThat(login(desk.username(), TestHotel.PASSWORD).status()).isEqualTo(401);
        String fresh = api().login(desk.username(), "a brand new password");
        assertThat(api().get(fresh, sea.path("/bookings")).status()).isEqualTo(200);
    }

    @Test
    void newDisplayNameAloneKeepsTheTokenValid() {
        User desk = newUser("FRONT_DESK");
        ok(api().put(
                        sea.admin,
                        sea.path("/users/" + desk.username()),
                        Map.of("displayName", "Renamed", "role", "FRONT_DESK", "active", true)));

        assertThat(api().get(desk.token(), sea.path("/bookings")).status()).isEqualTo(200);
    }

    @Test
    void roleComesFromTheAccountNotFromTheToken() throws JOSEException {
        User desk = newUser("FRONT_DESK");
        // A token signed with the right secret and the right version, but claiming a role the account does not have.
        String claimsAdmin =
                forge(desk.username(), List.of("PROPERTY_ADMIN"), Instant.now().plus(Duration.ofHours(1)), null);

        assertThat(api().get(claimsAdmin, sea.path("/bookings")).status()).isEqualTo(200);
        assertThat(createMasterData(claimsAdmin).status()).isEqualTo(403);
    }

    @Test
    void deviceCredentialKeepsWorkingWhenItsAdminLosesRights() {
        User admin = newUser("PROPERTY_ADMIN");
        ok(api().put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        String code = ok(api().post(admin.token(), sea.path("/pairing-codes"), Map.of()))
                .text("code");
        String credential = ok(api().post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Front desk PC")))
                .text("credential");
        assertThat(api().get(credential, sea.path("/feed?after=0&limit=1")).status())
                .isEqualTo(200);

        ok(api().put(
                        sea.admin,
                        sea.path("/users/" + admin.username() + "/password"),
                        Map.of("password", "another new password")));
        change(admin, "FRONT_DESK", false);

        assertThat(api().get(admin.token(), sea.path("/devices")).status()).isEqualTo(401);
        assertThat(api().get(credential, sea.path("/feed?after=0&limit=1")).status())
                .isEqualTo(200);
        assertThat(api().get(credential, sea.path("/snapshot")).status()).isEqualTo(200);
    }

    // ---- 7. a login does not reveal accounts ----

    @Test
    void wrongPasswordAnswersTheSameForUnknownActiveLockedAndDisabledAccounts() {
        User active = newUser("FRONT_DESK");
        User locked = newUser("FRONT_DESK");
        for (int i = 0; i < 3; i++) {
            login(locked.username(), "guess " + i);
        }
        User disabled = newUser("FRONT_DESK");
        change(disabled, "FRONT_DESK", false);

        Api.Answer unknown = login("sea.nobody", "a wrong password");
        assertThat(unknown.status()).isEqualTo(401);
        for (String username : List.of(active.username(), locked.username(), disabled.username())) {
            Api.Answer answer = login(username, "a wrong password");
            assertThat(answer.status()).as(username).isEqualTo(unknown.status());
            assertThat(answer.body()).as(username).isEqualTo(unknown.body());
        }
    }

    @Test
    void lockedAccountAnswersTheRightPasswordLikeAWrongOne() {
        User locked = newUser("FRONT_DESK");
        for (int i = 0; i < 3; i++) {
            login(locked.username(), "guess " + i);
        }

        Api.Answer right = login(locked.username(), TestHotel.PASSWORD);
        Api.Answer wrong = login(locked.username(), "yet another guess");

        assertThat(right.status()).isEqualTo(401);
        assertThat(right.body()).isEqualTo(wrong.body());
    }

    @Test
    void tokenWithoutExpiryIsRefused() throws JOSEException {
        User desk = newUser("FRONT_DESK");
        String withExpiry =
                forge(desk.username(), List.of("FRONT_DESK"), Instant.now().plus(Duration.ofHours(1)), null);
        String withoutExpiry = forge(desk.username(), List.of("FRONT_DESK"), null, null);

        assertThat(api().get(withExpiry, sea.path("/bookings")).status()).isEqualTo(200);
        assertThat(api().get(withoutExpiry, sea.path("/bookings")).status()).isEqualTo(401);
    }

    @Test
    void tokenNotValidBeforeAFutureTimeIsRefused() throws JOSEException {
        User desk = newUser("FRONT_DESK");
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        String future = forge(desk.username(), List.of("FRONT_DESK"), inAnHour.plus(Duration.ofHours(1)), inAnHour);

        assertThat(api().get(future, sea.path("/bookings")).status()).isEqualTo(401);
    }

    /** A token as the service would sign it (token version 0 of a fresh account), with the given times. */
    static String forge(String username, List<String> roles, Instant expires, Instant notBefore) throws JOSEException {
        var claims = new JWTClaimsSet.Builder()
                .subject(username)
                .issueTime(new Date())
                .claim("roles", roles)
                .claim("property", "SEA")
                .claim("tokenVersion", 0L);
        if (expires != null) {
            claims.expirationTime(Date.from(expires));
        }
        if (notBefore != null) {
            claims.notBeforeTime(Date.from(notBefore));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(JWT_SECRET));
        return jwt.serialize();
    }
}
