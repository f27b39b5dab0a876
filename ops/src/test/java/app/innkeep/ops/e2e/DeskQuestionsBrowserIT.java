package app.innkeep.ops.e2e;

import static app.innkeep.ops.e2e.DeskScreen.balance;
import static app.innkeep.ops.e2e.DeskScreen.doneBanner;
import static app.innkeep.ops.e2e.DeskScreen.folioLines;
import static app.innkeep.ops.e2e.DeskScreen.statusTag;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The booking page asks before what a clerk would regret, in a real headless Chromium on a 1024×768 screen: the
 * primary action (check in, check out, take a payment) is in view without scrolling; the same booking open in two
 * tabs asks before a second payment like the first, naming its time and clerk (no takes nothing, yes takes it); an
 * early check-out asks before it shortens the stay (no changes nothing). Screenshots:
 * {@code ops/target/screenshots/DeskQuestionsBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskQuestionsBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String DANA_PASSWORD = "desk-pass-2026";
    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    Browser browser;
    LocalDate businessDate;
    String inHouse;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        dir = Files.createTempDirectory("innkeep-desk-questions-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        businessDate = cloud.businessDate();
        standby = cloud.pairedStandby(dir.resolve("standby"));
        DemoCloud.staff(standby, dir.resolve("standby"), "dana", "Dana Desk", "FRONT_DESK", DANA_PASSWORD);
        browser = Browser.start(getClass());
        browser.driver().manage().window().setSize(new Dimension(1024, 768));

        browser.open(standby.uri(), "/");
        browser.awaitPath("/login", WAIT);
        browser.logIn("dana", DANA_PASSWORD);
        browser.awaitText("Dana Desk", WAIT);
        browser.clickLink("Outage mode");
        browser.awaitPath("/outage", WAIT);
        var start = browser.within("Start outage mode");
        start.fill("Reason", "Line down at the front desk");
        browser.submit(() -> start.clickButton("Start outage mode"));
        browser.awaitText("OUTAGE MODE since", WAIT);
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
    void at1024x768ThePrimaryActionIsInViewWithoutScrolling() {
        assertThat(((Number) browser.js("return window.innerWidth;")).intValue())
                .as("the window is a 1024 px wide screen")
                .isLessThanOrEqualTo(1024);

        openBooking("Tanaka", "Tanaka, Aiko");
        assertThat(statusTag(browser)).isEqualTo("Reserved");
        assertInView("Check in", "Check in");
        browser.screenshot("arrival-1024x768");

        inHouse = openBooking("Gonçalves", "Gonçalves, Maria");
        assertThat(statusTag(browser)).isEqualTo("Checked in");
        assertThat(new java.math.BigDecimal(balance(browser)))
                .as("the guest has a balance")
                .isPositive();
        assertInView("Check out", "Check out");
        assertInView("Take a payment", "Post payment");
        browser.screenshot("in-house-with-balance-1024x768");
    }

    @Test
    @Order(2)
    void aSecondPaymentFromAnotherTabAsksNamingTimeAndClerkAndNoTakesNothing() {
        browser.open(standby.uri(), "/bookings/" + inHouse);
        String firstTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(standby.uri(), "/bookings/" + inHouse);
        String secondTab = browser.driver().getWindowHandle();
        int linesBefore = folioLines(browser).size();
        String balanceBefore = balance(browser);

        browser.driver().switchTo().window(firstTab);
        pay("50.00");
        String banner = doneBanner(browser);
        assertThat(banner).startsWith("Done: Payment · " + inHouse);
        Matcher taken = Pattern.compile("at (\\d{2}:\\d{2}) by dana").matcher(banner);
        assertThat(taken.find()).as("the Done banner names the time: " + banner).isTrue();
        String firstBalance = balance(browser);

        // The second tab still shows the page from before the payment: its form has its own one-time ID.
        browser.driver().switchTo().window(secondTab);
        pay("50.00");
        assertThat(browser.text())
                .contains("This looks like a payment already taken at " + taken.group(1) + " by dana")
                .contains("take it again?");
        assertThat(folioLines(browser)).as("nothing taken yet").hasSize(linesBefore + 1);
        assertThat(balance(browser)).isEqualTo(firstBalance);
        assertInView("Please confirm", "Take it again");
        browser.screenshot("repeat-payment-asks");

        browser.submit(() -> browser.clickLink("No, leave it as it is"));
        browser.awaitPath("/bookings/" + inHouse, WAIT);
        assertThat(browser.text()).doesNotContain("take it again?");
        assertThat(folioLines(browser)).as("no takes nothing").hasSize(linesBefore + 1);
        assertThat(balance(browser)).isEqualTo(firstBalance);
        assertThat(new java.math.BigDecimal(balanceBefore).subtract(new java.math.BigDecimal(firstBalance)))
                .isEqualByComparingTo("50.00");
    }

    @Test
    @Order(3)
    void saidYesTheRepeatedPaymentIsTakenOnce() {
        String balanceBefore = balance(browser);
        int linesBefore = folioLines(browser).size();
        pay("50.00");
        assertThat(browser.text()).contains("take it again?");

        browser.submit(() -> browser.within("Please confirm").clickButton("Take it again"));
        assertThat(doneBanner(browser)).startsWith("Done: Payment · " + inHouse);
        assertThat(folioLines(browser)).hasSize(linesBefore + 1);
        assertThat(String.join("\n", folioLines(browser)).split("-50\\.00", -1))
                .as("two CASH lines of 50.00")
                .hasSize(3);
        assertThat(new java.math.BigDecimal(balanceBefore).subtract(new java.math.BigDecimal(balance(browser))))
                .isEqualByComparingTo("50.00");
        browser.screenshot("repeat-payment-taken");
    }

    @Test
    @Order(4)
    void anEarlyCheckOutAsksAndNoChangesNothingThenYesShortensTheStay() {
        browser.open(standby.uri(), "/bookings/" + inHouse);
        LocalDate departure = businessDate.plusDays(2);
        String stay = "to " + departure;
        assertThat(browser.text()).contains(stay);

        var checkOut = browser.within("Check out");
        checkOut.selectStartingWith("Settle the balance by", "CASH");
        browser.submit(() -> checkOut.clickButton("Check out"));
        assertThat(browser.text())
                .contains("Departure is " + DAY_MONTH.format(departure) + "; check out today ("
                        + DAY_MONTH.format(businessDate) + ") and shorten the stay by 2 nights?");
        assertThat(statusTag(browser)).isEqualTo("Checked in");
        assertInView("Please confirm", "Check out and shorten the stay");
        browser.screenshot("early-check-out-asks");

        browser.submit(() -> browser.clickLink("No, leave it as it is"));
        browser.awaitPath("/bookings/" + inHouse, WAIT);
        assertThat(statusTag(browser)).as("no changes nothing").isEqualTo("Checked in");
        assertThat(browser.text()).contains(stay);
        String balance = balance(browser);
        assertThat(new java.math.BigDecimal(balance)).as("nothing settled").isPositive();

        var again = browser.within("Check out");
        again.selectStartingWith("Settle the balance by", "CASH");
        browser.submit(() -> again.clickButton("Check out"));
        browser.submit(() -> browser.within("Please confirm").clickButton("Check out and shorten the stay"));
        assertThat(doneBanner(browser)).startsWith("Done: Check out · " + inHouse);
        assertThat(statusTag(browser)).isEqualTo("Checked out");
        assertThat(browser.text()).contains(businessDate.minusDays(2) + " to " + businessDate + " (2 nights)");
        assertThat(balance(browser)).isEqualTo("0.00");
        browser.screenshot("early-check-out-done");
    }

    /** Searches the standby for a guest and opens the booking; answers its confirmation number. */
    private String openBooking(String query, String guest) {
        browser.open(standby.uri(), "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        WebElement link = browser.driver().findElement(By.xpath("//tr[td[normalize-space()='" + guest + "']]//a"));
        String confirmation = link.getText();
        browser.submit(link::click);
        browser.awaitPath("/bookings/" + confirmation, WAIT);
        return confirmation;
    }

    private void pay(String amount) {
        var payment = browser.within("Take a payment");
        payment.selectStartingWith("Receipt type", "CASH");
        payment.fill("Amount", amount);
        browser.submit(() -> payment.clickButton("Post payment"));
    }

    /** The form's button is inside the viewport with the page not scrolled: seen without scrolling. */
    private void assertInView(String formHeading, String button) {
        WebElement form = browser.within(formHeading).element();
        WebElement b = form.findElements(By.cssSelector("button")).stream()
                .filter(e -> e.getText().strip().equals(button))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + button + " in " + formHeading));
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.js("""
                const r = arguments[0].getBoundingClientRect();
                return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                        height: window.innerHeight, width: window.innerWidth, scrolled: window.scrollY};
                """, b);
        double top = ((Number) box.get("top")).doubleValue();
        double bottom = ((Number) box.get("bottom")).doubleValue();
        double right = ((Number) box.get("right")).doubleValue();
        assertThat(((Number) box.get("scrolled")).doubleValue())
                .as("the page is not scrolled")
                .isZero();
        assertThat(top).as(button + " starts inside the viewport: " + box).isGreaterThanOrEqualTo(0);
        assertThat(bottom)
                .as(button + " ends above the fold: " + box)
                .isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
        assertThat(right)
                .as(button + " is not cut off at the right: " + box)
                .isLessThanOrEqualTo(((Number) box.get("width")).doubleValue());
    }
}
