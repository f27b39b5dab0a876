package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.Http;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;

/**
 * The cloud's support pages in a real headless Chromium: the login form by its labels, a wrong password, a login
 * with the keyboard alone, and the property list with SEA never paired and then with a paired standby (the property's
 * time with its zone beside UTC), each in the cloud's layout, keeping to its Content-Security-Policy and fitting a
 * 1366 px wide screen. (The old sync-health address leads to the property list.) Screenshots: {@code ops/target/screenshots/SupportPagesBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportPagesBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(15);

    DemoCloud cloud;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        cloud = DemoCloud.start("cloud", Files.createTempDirectory("innkeep-browser-"), Map.of());
        browser = Browser.start(getClass());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    @Order(1)
    void syncHealthWithoutLoggingInLeadsToTheLoginForm() {
        browser.open(cloud.uri(), "/support/sync-health");
        browser.awaitPath("/login", WAIT);
        assertThat(browser.title()).isEqualTo("Log in - Innkeep");
        assertThat(browser.text()).contains("Log in");
        // Both fields and the button are found by what a user reads: labels and the button's text.
        assertThat(browser.byLabel("Username").getAttribute("autocomplete")).isEqualTo("username");
        assertThat(browser.byLabel("Password").getAttribute("type")).isEqualTo("password");
        assertFitsTheScreen();
        browser.screenshot("login");
    }

    @Test
    @Order(2)
    void aWrongPasswordShowsTheErrorOnTheSignInPage() {
        browser.open(cloud.uri(), "/support/login");
        browser.awaitPath("/login", WAIT);
        browser.fillByLabel("Username", "support");
        browser.fillByLabel("Password", "not-the-password");
        browser.clickButton("Log in");
        browser.awaitText("Wrong username or password (or the account is locked).", WAIT);
        assertThat(browser.currentUri().getPath()).isEqualTo("/login");
        assertThat(browser.byLabel("Password").getAttribute("value"))
                .as("the password is not echoed back")
                .isEmpty();
        assertFitsTheScreen();
        browser.screenshot("wrong-password");
    }

    @Test
    @Order(3)
    void supportLogsInWithTheKeyboardAloneAndSeesSeaNeverPaired() {
        browser.open(cloud.uri(), "/login");
        assertThat(browser.pressTabUntilFocused("Username", 3))
                .as("the username is the first stop from the page's start")
                .isEqualTo(1);
        browser.type("support", Keys.TAB);
        assertThat(browser.focused()).contains("Password");
        browser.type(cloud.password("support"), Keys.ENTER);

        browser.awaitPath("/support/properties", WAIT);
        browser.awaitText("Properties and their standbys", WAIT);
        assertThat(browser.title()).isEqualTo("Properties and their standbys - Innkeep");
        assertThat(browser.text()).contains("SEA").contains("never paired");
        assertFitsTheScreen();
        browser.screenshot("sync-health-empty");
    }

    @Test
    @Order(4)
    void aPairedStandbyShowsInThePropertyList() {
        String support = Http.login(cloud.uri(), "support", cloud.password("support"));
        String admin = Http.login(cloud.uri(), "sea.admin", cloud.password("sea.admin"));
        assertThat(Http.put(cloud.uri(), "/api/v1/admin/properties/SEA/backup", support, Map.of("enabled", true))
                        .status())
                .isEqualTo(200);
        String code = Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", admin, Map.of())
                .json()
                .requiredString("code");
        var paired =
                Http.post(cloud.uri(), "/api/v1/pairing", null, Map.of("code", code, "deviceName", "Front desk PC"));
        assertThat(paired.status()).as(paired.body()).isEqualTo(201);
        long device = paired.json().requiredLong("deviceId");

        // Signed in by the previous test: the cookie carries the session.
        browser.driver().navigate().refresh();
        browser.awaitText("Front desk PC", WAIT);
        assertThat(browser.currentUri().getPath()).isEqualTo("/support/properties");
        assertThat(browser.text())
                .contains("Property Backup flag Standby Version Paired Last seen Behind State")
                // Paired without saying its release (as a standby from before the version header does).
                .contains("Front desk PC (#" + device + ") unknown")
                .contains("never")
                .contains("behind by more than an hour")
                .contains("1 standby is behind by more than an hour.")
                .containsPattern("\\d{2}:\\d{2} America/Los_Angeles\\s+\\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)")
                .doesNotContain("never paired");
        assertFitsTheScreen();
        browser.screenshot("sync-health-table");
    }

    private void assertFitsTheScreen() {
        assertThat(browser.text()).as("the cloud's top bar").startsWith("Innkeep cloud");
        assertThat(browser.cspViolations())
                .as("no inline style or script on " + browser.currentUri())
                .isEmpty();
        assertThat(browser.viewportWidth()).isEqualTo(Browser.WIDTH);
        assertThat(browser.scrollWidth())
                .as("no horizontal scrolling at " + Browser.WIDTH + " px")
                .isLessThanOrEqualTo(Browser.WIDTH);
    }
}
