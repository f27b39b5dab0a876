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
 * The cloud's support pages in a real headless Chromium: the sign-in form by its labels, a wrong password, a sign-in
 * with the keyboard alone, and the sync-health page empty and then with a paired standby (the property's time with its
 * zone beside UTC), each in the cloud's layout, keeping to its Content-Security-Policy and fitting a 1366 px wide
 * screen. Screenshots: {@code ops/target/screenshots/SupportPagesBrowserIT/}.
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
    void syncHealthWithoutSigningInLeadsToTheSignInForm() {
        browser.open(cloud.uri(), "/support/sync-health");
        browser.awaitPath("/support/login", WAIT);
        assertThat(browser.title()).isEqualTo("Support sign-in - Innkeep");
        assertThat(browser.text()).contains("Support sign-in");
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
        browser.fillByLabel("Username", "support");
        browser.fillByLabel("Password", "not-the-password");
        browser.clickButton("Sign in");
        browser.awaitText("Wrong username or password (or the account is locked).", WAIT);
        assertThat(browser.currentUri().getPath()).isEqualTo("/support/login");
        assertThat(browser.byLabel("Password").getAttribute("value"))
                .as("the password is not echoed back")
                .isEmpty();
        assertFitsTheScreen();
        browser.screenshot("wrong-password");
    }

    @Test
    @Order(3)
    void supportSignsInWithTheKeyboardAloneAndSeesTheEmptySyncHealthPage() {
        browser.open(cloud.uri(), "/support/login");
        assertThat(browser.pressTabUntilFocused("Username", 3))
                .as("the username is the first stop from the page's start")
                .isEqualTo(1);
        browser.type("support", Keys.TAB);
        assertThat(browser.focused()).contains("Password");
        browser.type(cloud.password("support"), Keys.ENTER);

        browser.awaitPath("/support/sync-health", WAIT);
        browser.awaitText("Standby sync health", WAIT);
        assertThat(browser.title()).isEqualTo("Standby sync health - Innkeep");
        assertThat(browser.text())
                .contains("No standby has been paired yet.")
                .contains("turned on the property's backup flag");
        assertFitsTheScreen();
        browser.screenshot("sync-health-empty");
    }

    @Test
    @Order(4)
    void aPairedStandbyShowsInTheSyncHealthTable() {
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
        assertThat(browser.currentUri().getPath()).isEqualTo("/support/sync-health");
        assertThat(browser.text())
                .contains("Property Backup flag Standby Paired Last seen Position Behind State")
                .contains("SEA on Front desk PC (#" + device + ")")
                .contains("never")
                .contains("not seen for over 75 minutes")
                .contains("1 standby has not been seen for over 75 minutes.")
                .containsPattern("\\d{2}:\\d{2} America/Los_Angeles\\s+\\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)")
                .doesNotContain("No standby has been paired yet.");
        assertFitsTheScreen();
        browser.screenshot("sync-health-table");
    }

    private void assertFitsTheScreen() {
        assertThat(browser.text()).as("the cloud's top bar").startsWith("Innkeep cloud · support");
        assertThat(browser.cspViolations())
                .as("no inline style or script on " + browser.currentUri())
                .isEmpty();
        assertThat(browser.viewportWidth()).isEqualTo(Browser.WIDTH);
        assertThat(browser.scrollWidth())
                .as("no horizontal scrolling at " + Browser.WIDTH + " px")
                .isLessThanOrEqualTo(Browser.WIDTH);
    }
}
