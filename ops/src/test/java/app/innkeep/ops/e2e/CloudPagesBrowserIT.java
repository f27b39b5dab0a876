package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import app.innkeep.standby.cloud.StandbyRelease;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 18's story for the cloud's pages, in a real headless Chromium against a real cloud and standby: support logs
 * in and turns SEA's backup flag on with a reason; SEA's admin logs in and makes a pairing code on the Desktop standby
 * page (counting down); a standby pairs with that code; support revokes the standby with a reason, and the standby's
 * next sync stops naming the reason. Support's list shows the release the standby said it runs. Every page keeps to its Content-Security-Policy. Screenshots:
 * {@code ops/target/screenshots/CloudPagesBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloudPagesBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String REASON = "PC stolen from reception, ticket 4711";

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    Browser browser;
    String pairingCode;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        dir = Files.createTempDirectory("innkeep-cloud-pages-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        standby = DemoCloud.startStandby("standby", dir.resolve("standby"), Map.of());
        browser = Browser.start(getClass());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (standby != null) {
            standby.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    @Order(1)
    void supportLogsInAndTurnsSeasFlagOnWithAReason() {
        browser.open(cloud.uri(), "/support/properties/SEA");
        browser.awaitPath("/login", WAIT);
        assertThat(browser.title()).isEqualTo("Log in - Innkeep");
        assertClean();
        browser.logIn("support", cloud.password("support"));
        browser.awaitPath("/support/properties/SEA", WAIT);
        assertThat(browser.text()).contains("Backup flag: off").contains("No standby has been paired with SEA");

        browser.submit(() -> browser.within("Turn the backup flag on")
                .fill("Reason", "Hotel signed the standby contract")
                .clickButton("Turn backup on"));
        browser.awaitText("The backup flag is on", WAIT);
        assertThat(browser.text()).contains("Backup flag: on").contains("Hotel signed the standby contract");
        assertClean();
        browser.screenshot("support-flag-on");

        browser.submit(() -> browser.clickButton("Log out"));
        browser.awaitText("You are logged out.", WAIT);
        browser.open(cloud.uri(), "/support/properties");
        browser.awaitPath("/login", WAIT);
    }

    @Test
    @Order(2)
    void seasAdminMakesAPairingCodeOnThePageAndTheStandbyPairsWithIt() {
        browser.open(cloud.uri(), "/login");
        browser.logIn("sea.admin", cloud.password("sea.admin"));
        browser.awaitPath("/admin/SEA/standby", WAIT);
        assertThat(browser.text())
                .contains("Desktop standby")
                .contains("The backup flag is on")
                .contains("What the standby keeps");
        browser.submit(() -> browser.within("Pair a standby").clickButton("Make a pairing code"));
        pairingCode = browser.driver()
                .findElement(org.openqa.selenium.By.id("pairing-code"))
                .getText();
        assertThat(pairingCode).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(browser.text()).contains("It works once, until");
        browser.awaitText("Expires in 1", WAIT);
        assertClean();
        browser.screenshot("admin-pairing-code");

        var paired = Http.post(
                standby.uri(),
                "/api/pair",
                Http.operatorToken(dir.resolve("standby")),
                Map.of("cloudUrl", cloud.uri().toString(), "code", pairingCode, "deviceName", "Front desk PC"));
        assertThat(paired.status()).as(paired.body()).isEqualTo(200);
        assertThat(paired.json().requiredString("result")).as(paired.body()).isEqualTo("OK");

        browser.open(cloud.uri(), "/admin/SEA/standby");
        browser.awaitText("Front desk PC (#", WAIT);
        assertThat(browser.text()).contains("healthy");
        assertClean();
        browser.screenshot("admin-standby-paired");
        browser.submit(() -> browser.clickButton("Log out"));
    }

    @Test
    @Order(3)
    void supportRevokesTheStandbyWithAReasonAndItsNextSyncStopsNamingIt() {
        browser.open(cloud.uri(), "/login");
        browser.logIn("support", cloud.password("support"));
        browser.awaitPath("/support/properties", WAIT);
        assertThat(browser.text()).contains("Front desk PC (#").contains("healthy");
        // The release the standby process told the cloud on its calls (issue 18), in the list's Version column.
        assertThat(browser.js("const row = [...document.querySelectorAll('tr')]"
                        + ".find(r => r.textContent.includes('Front desk PC (#'));"
                        + "const column = [...row.closest('table').rows[0].cells]"
                        + ".findIndex(c => c.textContent === 'Version');"
                        + "return row.cells[column].textContent;"))
                .isEqualTo(StandbyRelease.VERSION);
        assertClean();
        browser.submit(() -> browser.clickLink("SEA"));
        browser.awaitPath("/support/properties/SEA", WAIT);
        String heading = (String) browser.js("return [...document.querySelectorAll('legend')].map(l => l.textContent)"
                + ".find(t => t.startsWith('Revoke Front desk PC'));");
        browser.submit(() -> browser.within(heading).fill("Reason", REASON).clickButton("Revoke"));
        browser.awaitText("The standby is revoked", WAIT);
        assertThat(browser.text()).contains("reason: " + REASON);
        assertClean();
        browser.screenshot("support-revoked");

        var sync = Http.post(standby.uri(), "/api/sync-now", Http.operatorToken(dir.resolve("standby")), null);
        assertThat(sync.json().requiredString("result")).as(sync.body()).isEqualTo("STOPPED");
        var status = Http.get(standby.uri(), "/api/status", Http.operatorToken(dir.resolve("standby")));
        assertThat(status.body()).contains("revoked").contains(REASON).contains("Pair the standby again");
    }

    /** The page keeps to its Content-Security-Policy and has the cloud's top bar. */
    private void assertClean() {
        assertThat(browser.text()).startsWith("Innkeep cloud");
        assertThat(browser.cspViolations())
                .as("no inline style or script on " + browser.currentUri())
                .isEmpty();
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(Browser.WIDTH);
    }
}
