package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
 * A long outage on the standby's web UI in a real headless Chromium: the line is down, a guest phones for next week,
 * and Dana takes the reservation with a Visa deposit (a full card number refused first, nothing saved), finds it by its
 * D-number and prints its confirmation letter. The cloud (with demo data) and the standby run as their own processes.
 * Screenshots: {@code ops/target/screenshots/ReservationBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReservationBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String DANA_PASSWORD = "desk-pass-2026";

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    Browser browser;
    LocalDate businessDate;
    String reservation;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        dir = Files.createTempDirectory("innkeep-reservation-browser-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        businessDate = cloud.businessDate();
        standby = cloud.pairedStandby(dir.resolve("standby"));
        DemoCloud.staff(standby, dir.resolve("standby"), "dana", "Dana Desk", "FRONT_DESK", DANA_PASSWORD);
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
    void danaLogsInAndStartsOutageModeAndTheNewReservationFormAppears() {
        browser.open(standby.uri(), "/");
        browser.awaitPath("/login", WAIT);
        browser.logIn("dana", DANA_PASSWORD);
        browser.awaitText("Dana Desk", WAIT);
        assertThat(browser.text()).doesNotContain("New reservation");

        browser.clickLink("Outage mode");
        browser.awaitPath("/outage", WAIT);
        var start = browser.within("Start outage mode");
        start.fill("Reason", "Fibre cut, line down for days");
        browser.submit(() -> start.clickButton("Start outage mode"));
        browser.awaitText("OUTAGE MODE since", WAIT);

        browser.clickLink("New reservation");
        browser.awaitPath("/reservation", WAIT);
        assertThat(browser.text()).contains("Data as of").contains("D-number");
        assertThat(browser.byLabel("Arrival").getAttribute("value"))
                .as("arrival defaults to tomorrow")
                .isEqualTo(businessDate.plusDays(1).toString());
        browser.screenshot("reservation-form");
    }

    @Test
    @Order(2)
    void aFullCardNumberIsRefusedAndNothingIsSaved() {
        fillTheReservation("4111 1111 1111 1111");
        browser.submit(() -> browser.clickButton("Take reservation"));

        assertThat(browser.currentUri().getPath()).isEqualTo("/reservation");
        assertThat(browser.text())
                .contains("Not done, nothing was saved")
                .contains("full card numbers are never accepted")
                .doesNotContain("4111 1111 1111 1111");
        assertThat(browser.byLabel("Last name").getAttribute("value"))
                .as("the form keeps what was typed")
                .isEqualTo("Nordmann");
        assertThat(browser.byLabel("Card: last four digits only").getAttribute("value"))
                .as("the card number is never shown again")
                .isEmpty();
        browser.screenshot("reservation-card-refused");
        browser.open(standby.uri(), "/search?q=Nordmann");
        assertThat(browser.text()).doesNotContain("Nordmann, Olaf");
    }

    @Test
    @Order(3)
    void danaTakesTheReservationWithItsDepositAndItGetsADNumber() {
        browser.clickLink("New reservation");
        browser.awaitPath("/reservation", WAIT);
        fillTheReservation("4242");
        browser.submit(() -> browser.clickButton("Take reservation"));

        new WebDriverWait(browser.driver(), WAIT)
                .until(d -> browser.currentUri().getPath().matches("/bookings/D\\d+"));
        reservation = browser.currentUri().getPath().substring("/bookings/".length());
        LocalDate arrival = businessDate.plusDays(7);
        assertThat(browser.text())
                .contains("Booking " + reservation + " · Nordmann, Olaf")
                .contains("reserved on the standby")
                .contains(arrival + " to " + arrival.plusDays(2) + " (2 nights)")
                .contains("Data as of");
        assertThat(browser.driver().findElement(By.cssSelector("h1 .tag")).getText())
                .isEqualTo("Reserved");
        assertThat(browser.driver().findElement(By.id("balance")).getText()).isEqualTo("-80.00");
        browser.screenshot("reservation-booking");

        browser.open(standby.uri(), "/search?q=" + reservation);
        assertThat(browser.text()).contains("Nordmann, Olaf");
    }

    @Test
    @Order(4)
    void theConfirmationLetterPrintsWithTheDNumberAndTheStay() throws IOException {
        browser.open(standby.uri(), "/bookings/" + reservation);
        browser.clickLink("Print confirmation letter (PDF)");
        var letter = browser.awaitDownloadedFile(".pdf", WAIT);

        assertThat(letter.name()).isEqualTo("confirmation-letter-" + reservation + ".pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(letter.bytes())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text)
                .contains(reservation)
                .contains("Nordmann")
                .contains("Arrival: " + businessDate.plusDays(7))
                .contains("Departure: " + businessDate.plusDays(9) + " (2 nights)");
    }

    /** Olaf Nordmann phones for two nights in a standard room next week and pays 80.00 by Visa. */
    private void fillTheReservation(String cardDigits) {
        LocalDate arrival = businessDate.plusDays(7);
        browser.fillByLabel("First name", "Olaf");
        browser.fillByLabel("Last name", "Nordmann");
        browser.fillByLabel("Phone (optional)", "+47 99 88 77 66");
        setDate("Arrival", arrival);
        setDate("Departure", arrival.plusDays(2));
        browser.selectByLabel("Room type", selectOption("Room type", "STD"));
        browser.selectByLabel("Source", selectOption("Source", "PHONE"));
        browser.selectByLabel("Paid by", selectOption("Paid by", "VISA"));
        browser.fillByLabel("Amount", "80.00");
        browser.fillByLabel("Card: last four digits only", cardDigits);
    }

    /** A date input set the way a date picker sets it. */
    private void setDate(String label, LocalDate date) {
        browser.js(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.byLabel(label),
                date.toString());
    }

    private String selectOption(String label, String codePrefix) {
        return new org.openqa.selenium.support.ui.Select(browser.byLabel(label))
                .getOptions().stream()
                        .map(WebElement::getText)
                        .filter(t -> t.startsWith(codePrefix))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no " + codePrefix + " under " + label));
    }
}
