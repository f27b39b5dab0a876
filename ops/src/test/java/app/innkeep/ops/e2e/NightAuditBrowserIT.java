package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.LargeReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In headless Chromium, a night auditor on a standby cut off from its cloud closes the business day: the night-audit
 * page lists each guest in house with tonight's RENT, the close shows its summary and the new business date on every
 * page, and the downtime pack of the new day prints. Screenshots go to {@code ops/target/screenshots/NightAuditBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightAuditBrowserIT {

    private static final String NINA_PASSWORD = "nina-password-1";
    private static final LocalDate NIGHT = LocalDate.parse("2026-11-23");
    private static final Duration WAIT = Duration.ofSeconds(30);

    Path data;
    AppProcess standby;
    Browser browser;
    LargeReplica.Seeded seeded;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        data = Files.createTempDirectory("innkeep-night-audit-browser-").resolve("standby");
        seeded = CutOffHotel.prepare("standby-night-audit-browser", data, NIGHT, 20, 136);
        standby = DemoCloud.startStandby("standby-night-audit-browser", data, CutOffHotel.QUIET);
        DemoCloud.staff(standby, data, "nina", "Nina Night", "NIGHT_AUDITOR", NINA_PASSWORD);
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
    }

    @Test
    void theNightAuditorClosesTheDayAndSeesTheSummaryAndTheNewDate() throws Exception {
        browser.open(standby.uri(), "/login");
        browser.logIn("nina", NINA_PASSWORD);
        browser.awaitText("Nina Night", WAIT);
        assertThat(browser.text()).contains("Business date " + NIGHT).doesNotContain("Night audit");

        browser.clickLink("Outage mode");
        browser.awaitPath("/outage", WAIT);
        var start = browser.within("Start outage mode");
        start.fill("Reason", "Fibre cut (browser test)");
        browser.submit(() -> start.clickButton("Start outage mode"));
        browser.awaitText("OUTAGE MODE since", WAIT);

        browser.clickLink("Night audit");
        browser.awaitPath("/night-audit", WAIT);
        assertThat(byId("audit-day").getText()).isEqualTo(NIGHT.toString());
        assertThat(browser.driver().findElements(By.cssSelector("#audit-rent tr[id^='audit-rent-']")))
                .as("a row per guest in house tonight")
                .hasSize(seeded.inHouse());
        assertThat(byId("audit-rent-" + seeded.someInHouse()).getText()).contains("120.00");
        assertThat(byId("audit-rent-count").getText()).isEqualTo(String.valueOf(seeded.inHouse()));
        browser.screenshot("night-audit-before");
        assertThat(data.resolve("downtime-packs"))
                .as("no pack printed before the close (this standby does not sync)")
                .doesNotExist();

        browser.submit(() -> byId("audit-close-button").click());
        browser.awaitPath("/night-audit", WAIT);
        browser.awaitText("Closed " + NIGHT, WAIT);
        assertThat(byId("audit-summary-rent-count").getText()).isEqualTo(String.valueOf(seeded.inHouse()));
        assertThat(byId("audit-summary-next").getText())
                .isEqualTo(NIGHT.plusDays(1).toString());
        assertThat(browser.text())
                .contains("Done: Day closed")
                .contains("Business date " + NIGHT.plusDays(1))
                .contains("Day to close: " + NIGHT.plusDays(1));
        assertThat(byId("audit-rent-" + seeded.someInHouse()).getText())
                .as("tomorrow's night of the same guest, not yet posted")
                .contains("120.00");
        browser.screenshot("night-audit-closed");

        Eventually.until(WAIT, "the new day's downtime pack in the standby's pack folder", () -> {
            try (var packs = Files.list(data.resolve("downtime-packs"))) {
                return packs.anyMatch(p -> p.toString().endsWith(".pdf"));
            } catch (java.io.IOException notYet) {
                return false;
            }
        });
        byId("audit-downtime-pack").click();
        byte[] pack = browser.awaitDownload(".pdf", WAIT);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pack)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Business date " + NIGHT.plusDays(1)).contains("Data as of");
        }

        browser.clickLink("Today");
        browser.awaitPath("/", WAIT);
        assertThat(browser.text()).contains("Today " + NIGHT.plusDays(1));
    }

    private WebElement byId(String id) {
        return browser.driver().findElement(By.id(id));
    }
}
