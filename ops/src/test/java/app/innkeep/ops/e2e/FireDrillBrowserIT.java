package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A quiet Tuesday's fire drill in a real headless Chromium, as the night auditor runs it: start the drill, see the
 * FIRE DRILL banner on every page, take a walk-in, have a full card number refused, take a payment, print the folio
 * (marked as a drill), end the drill and read its report — and afterwards the standby shows none of it. The cloud (demo
 * data) and the standby run as their own processes, paired over real HTTP. Screenshots:
 * {@code ops/target/screenshots/FireDrillBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FireDrillBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String NINA_PASSWORD = "audit-pass-2026";

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    Browser browser;
    String walkIn;
    String outageBefore;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        dir = Files.createTempDirectory("innkeep-fire-drill-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        standby = cloud.pairedStandby(dir.resolve("standby"));
        DemoCloud.staff(standby, dir.resolve("standby"), "nina", "Nina Night", "NIGHT_AUDITOR", NINA_PASSWORD);
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
    void theNightAuditorStartsAFireDrillAndEveryPageSaysSo() {
        browser.open(standby.uri(), "/drill");
        browser.awaitPath("/login", WAIT);
        browser.logIn("nina", NINA_PASSWORD);
        browser.awaitPath("/drill", WAIT);
        assertThat(browser.text())
                .contains("No fire drill has been run on this standby yet.")
                .doesNotContain("FIRE DRILL since");
        outageBefore = Http.get(standby.uri(), "/api/desk/outage", operator()).body();
        look("drill-off");

        var start = browser.within("Start a fire drill");
        start.fill("What is practised (optional)", "New clerk's first outage");
        browser.submit(() -> start.clickButton("Start fire drill"));
        browser.awaitPath("/", WAIT);
        browser.awaitText("FIRE DRILL since", WAIT);
        assertThat(browser.text())
                .contains("started by nina")
                .contains("Nothing reaches the cloud or the real journal")
                .contains("OUTAGE MODE since")
                .contains("FIRE DRILL: New clerk's first outage");
        look("drill-today");

        for (String link : List.of("Search", "Room rack", "Guest balances", "Walk-in", "Outage mode", "Reports")) {
            browser.clickLink(link);
            browser.awaitText("FIRE DRILL since", WAIT);
            look("drill-" + link.toLowerCase().replace(' ', '-'));
        }

        // Sync is paused and says why; nothing is sent to the cloud.
        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null);
        assertThat(run.json().requiredString("result")).as(run.body()).isEqualTo("SKIPPED");
        assertThat(run.body()).contains("a fire drill is running");
    }

    @Test
    @Order(2)
    void theClerkTakesAWalkInAndAPaymentAndPrintsTheFolio() throws IOException {
        browser.clickLink("Walk-in");
        browser.awaitPath("/walk-in", WAIT);
        browser.fillByLabel("First name", "Zoë");
        browser.fillByLabel("Last name", "Drill");
        var rooms = new org.openqa.selenium.support.ui.Select(browser.byLabel("Room (free tonight)"))
                .getOptions().stream().map(WebElement::getText).toList();
        String clean = rooms.stream()
                .filter(r -> r.contains("(STD, clean)"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no clean STD room free tonight among " + rooms));
        browser.selectByLabel("Room (free tonight)", clean);
        browser.submit(() -> browser.clickButton("Check in walk-in"));
        new WebDriverWait(browser.driver(), WAIT)
                .until(d -> browser.currentUri().getPath().matches("/bookings/D\\d+"));
        walkIn = browser.currentUri().getPath().substring("/bookings/".length());
        assertThat(browser.text()).contains("Booking " + walkIn + " · Drill, Zoë");
        look("drill-walk-in");

        var payment = browser.within("Take a payment");
        payment.fill("Amount", "50.00");
        payment.selectStartingWith("Receipt type", "VISA");
        payment.fill("Card: last four digits only", "4111 1111 1111 1111");
        browser.submit(() -> payment.clickButton("Post payment"));
        browser.awaitText("full card numbers are never accepted", WAIT);
        look("drill-payment-refused");

        var retry = browser.within("Take a payment");
        retry.fill("Amount", "50.00");
        retry.fill("Card: last four digits only", "4242");
        browser.submit(() -> retry.clickButton("Post payment"));
        browser.awaitText("Done: Payment · " + walkIn, WAIT);
        look("drill-paid");

        browser.clickLink("Print folio (PDF)");
        var folio = browser.awaitDownloadedFile(".pdf", WAIT);
        assertThat(folio.name()).isEqualTo("folio-" + walkIn + ".pdf");
        assertThat(pdfText(folio.bytes()))
                .contains("FIRE DRILL")
                .contains("Zoë")
                .contains(walkIn)
                .contains("Data as of");
    }

    @Test
    @Order(3)
    void theNightAuditorEndsTheDrillAndReadsItsReport() {
        browser.clickLink("Fire drill");
        browser.awaitPath("/drill", WAIT);
        var end = browser.within("End the fire drill");
        end.fill("Note (optional)", "Zoë did well");
        browser.submit(() -> end.clickButton("End fire drill"));
        new WebDriverWait(browser.driver(), WAIT)
                .until(d -> browser.currentUri().getPath().matches("/drill/\\d+"));
        look("drill-report");

        String text = browser.text();
        assertThat(text)
                .contains("Fire drill report")
                .contains("by nina")
                .contains("State: Ended")
                .contains("Note: Zoë did well")
                .doesNotContain("FIRE DRILL since");
        assertThat(cells("milestones", 0))
                .containsExactly("First check-in", "First walk-in", "First payment", "First printout or report");
        List<String> after = cells("milestones", 1);
        assertThat(after.get(0))
                .as("no check-in of a booked guest in this drill")
                .isEqualTo("not done");
        assertThat(after.subList(1, 4)).allMatch(t -> t.matches("\\+\\d+:\\d{2}(:\\d{2})?"), "times from the start");
        assertThat(cells("steps", 3)).containsExactly("Outage started", "Walk in", "Payment", "Printed");
        assertThat(cells("steps", 2)).containsOnly("nina");
        assertThat(cells("refused", 3)).singleElement().asString().contains("full card numbers are never accepted");
        assertThat(browser.driver().findElement(By.id("comparison")).getText())
                .startsWith("The standby is exactly as before:")
                .contains("every row count and checksum the same");

        // The standby shows none of the drill: no walk-in, the same outage history, no banner.
        browser.open(standby.uri(), "/bookings/" + walkIn);
        browser.awaitText("Data as of", WAIT);
        assertThat(browser.text()).doesNotContain("Drill, Zoë").doesNotContain("FIRE DRILL");
        assertThat(Http.get(standby.uri(), "/api/desk/outage", operator()).body())
                .isEqualTo(outageBefore);
        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null);
        assertThat(run.json().requiredString("result")).as(run.body()).isEqualTo("OK");
        assertThat(standby.logText()).doesNotContain("ERROR");
    }

    private String operator() {
        return Http.operatorToken(dir.resolve("standby"));
    }

    /** One column of a table of the report, by the table's id, without the header. */
    private List<String> cells(String table, int column) {
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) browser.js("""
                return [...document.getElementById(arguments[0]).querySelectorAll('tr')].slice(1)
                  .map(tr => tr.children[arguments[1]].innerText.trim());
                """, table, column);
        return cells;
    }

    /** Every page shows "Data as of", fits 1366 px; while the drill runs, the FIRE DRILL banner. Then a screenshot. */
    private void look(String name) {
        String text = browser.text();
        assertThat(text).as("every page shows how old its data is").contains("Data as of");
        assertThat(browser.scrollWidth())
                .as("no horizontal scrolling at " + Browser.WIDTH + " px on " + browser.currentUri())
                .isLessThanOrEqualTo(Browser.WIDTH);
        browser.screenshot(name);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
