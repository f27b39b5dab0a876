package app.innkeep.standby.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.staff.StaffLogin.Result;
import app.innkeep.standby.support.StandbyContext;
import app.innkeep.standby.support.TestClock;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Standby logins on the real encrypted replica: lockout, sessions, account rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffLoginIT {

    ApplicationContext context;
    StaffLogin login;
    TestClock clock;

    @BeforeAll
    void start() {
        context = StandbyContext.start();
        login = context.getBean(StaffLogin.class);
        clock = context.getBean(TestClock.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheLockoutHasPassed() {
        login.saveAccount("lock.me", "Lock Me", "FRONT_DESK", "right-password");
        for (int i = 0; i < 4; i++) {
            assertThat(login.login("lock.me", "wrong")).isEqualTo(new Result.Refused("Wrong username or password."));
        }
        assertThat(((Result.Refused) login.login("lock.me", "wrong")).message()).startsWith("This account is locked");
        assertThat(login.login("lock.me", "right-password"))
                .as("even the right password waits for the lockout")
                .isInstanceOf(Result.Refused.class);
        clock.advance(Duration.ofMinutes(16));
        assertThat(login.login("lock.me", "right-password")).isInstanceOf(Result.LoggedIn.class);
    }

    @Test
    void anUnknownUserHearsTheSameAsAWrongPassword() {
        login.saveAccount("known", "Known", "FRONT_DESK", "right-password");
        assertThat(login.login("nobody", "whatever")).isEqualTo(login.login("known", "wrong"));
    }

    @Test
    void aSessionCarriesTheUserAndItsCsrfTokenUntilLogoutOrIdleTimeout() {
        login.saveAccount("night", "Nico Night", "night_auditor", "right-password");
        var in = (Result.LoggedIn) login.login("Night", "right-password");
        var user = login.session(in.sessionToken()).orElseThrow();
        assertThat(user.username()).isEqualTo("night");
        assertThat(user.role()).isEqualTo(StaffRole.NIGHT_AUDITOR);
        assertThat(user.csrfToken()).hasSizeGreaterThan(30).isNotEqualTo(in.sessionToken());
        assertThat(login.session(in.sessionToken() + "x")).isEmpty();

        login.logout(in.sessionToken());
        assertThat(login.session(in.sessionToken())).isEmpty();

        var again = (Result.LoggedIn) login.login("night", "right-password");
        clock.advance(Duration.ofHours(11));
        assertThat(login.session(again.sessionToken())).as("used within 12 h").isPresent();
        clock.advance(Duration.ofHours(13));
        assertThat(login.session(again.sessionToken()))
                .as("idle for more than 12 h")
                .isEmpty();
    }

    @Test
    void changingAnAccountUnlocksItAndClosesItsSessions() {
        login.saveAccount("change.me", "Change Me", "FRONT_DESK", "first-password");
        var in = (Result.LoggedIn) login.login("change.me", "first-password");
        for (int i = 0; i < 5; i++) {
            login.login("change.me", "wrong");
        }
        assertThat(login.saveAccount("change.me", "Changed", "ADMIN", "second-password"))
                .isEqualTo("changed change.me");
        assertThat(login.session(in.sessionToken())).isEmpty();
        var after = (Result.LoggedIn) login.login("change.me", "second-password");
        assertThat(after.user().role()).isEqualTo(StaffRole.ADMIN);
        assertThat(after.user().displayName()).isEqualTo("Changed");
    }

    @Test
    void accountsAreCheckedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> login.saveAccount("Bad Name!", "X", "ADMIN", "long-enough"))
                .isInstanceOf(Invalid.class)
                .extracting(e -> ((Invalid) e).field())
                .isEqualTo("username");
        assertThatThrownBy(() -> login.saveAccount("short", "X", "ADMIN", "short"))
                .extracting(e -> ((Invalid) e).field())
                .isEqualTo("password");
        assertThatThrownBy(() -> login.saveAccount("norole", "X", "CHEF", "long-enough"))
                .extracting(e -> ((Invalid) e).field())
                .isEqualTo("role");
        assertThatThrownBy(() -> login.saveAccount("noname", " ", "ADMIN", "long-enough"))
                .extracting(e -> ((Invalid) e).field())
                .isEqualTo("displayName");
        assertThat(login.accounts())
                .extracting(StaffLogin.Account::username)
                .doesNotContain("short", "norole", "noname");
        assertThat(login.login("", "")).isEqualTo(new Result.Refused("Enter your username and password."));
    }
}
