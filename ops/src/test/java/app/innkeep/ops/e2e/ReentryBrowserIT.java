package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Hotel;
import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The night auditor's re-entry in headless Chromium at 1366×768, after an outage with a dozen charges, a check-in the
 * cloud's office also changed and a walk-in whose room a channel sold: the worklist shows one line per entry (15 and
 * more on the screen), each entry's manual form opens on demand, every action (skip, by hand, assistant, resolve) is
 * confirmed by a "Done" line; the conflict pages show the value before the outage, the standby's and the cloud's, who
 * changed each side and when, the walk-in's and the cloud guest's names, and a room choice of free clean rooms of the
 * booking's type with no default that changes anything. Screenshots: {@code ops/target/screenshots/ReentryBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReentryBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern D_NUMBER = Pattern.compile("/bookings/(D\\d+)\\?");
    private static final Pattern WHEN = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    private static final String DESK = "desk-password-1";
    private static final String AUDIT = "audit-password-1";
    private static final int CHARGES = 12;

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    Browser browser;
    LocalDate today;
    String arriving;
    String arrivingRoom;
    String walkIn;
    String walkInRoom;
    String online;
    String dirtied;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        dir = Files.createTempDirectory("innkeep-reentry-browser-");
        cloud = DemoCloud.start("cloud-reentry-browser", dir, Map.of());
        String cloudDesk = cloud.token("sea.frontdesk");
        today = cloud.businessDate();
        cloud.enableBackup();
        arriving = Hotel.book(cloud.uri(), cloudDesk, "Ada", "Arriving", "WEB", today, 2, null, "99.00");
        standby = DemoCloud.startStandby("standby-reentry-browser", data(), Map.of());
        cloud.pair(standby, data());
        DemoCloud.staff(standby, data(), "dana", "Dana Desk", "FRONT_DESK", DESK);
        DemoCloud.staff(standby, data(), "nico", "Nico Night", "NIGHT_AUDITOR", AUDIT);

        // The outage: a check-in, a walk-in with a dozen charges, a room made dirty.
        DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK);
        ok(desk.form("/outage/start", Map.of("reason", "fibre cut at 10:40")));
        arrivingRoom = Hotel.freeCleanRoom(standby.uri(), operator(), arriving);
        ok(desk.form("/bookings/" + arriving + "/check-in", Map.of("room", arrivingRoom)));
        walkInRoom = Hotel.freeCleanRoom(standby.uri(), operator(), arriving, arrivingRoom);
        Matcher d = D_NUMBER.matcher(ok(desk.form(
                        "/walk-in",
                        Map.of(
                                "firstName", "Zoë",
                                "lastName", "Ångström",
                                "room", walkInRoom,
                                "departure", today.plusDays(1).toString(),
                                "adults", "1",
                                "rate", "120.00")))
                .location());
        assertThat(d.find()).isTrue();
        walkIn = d.group(1);
        for (int i = 0; i < CHARGES; i++) {
            ok(desk.form("/bookings/" + walkIn + "/charges", Map.of("item", "MINIBAR", "quantity", "2")));
        }
        dirtied = Hotel.freeCleanRoom(standby.uri(), operator(), arriving, arrivingRoom, walkInRoom);
        ok(desk.form("/rooms/" + dirtied + "/status", Map.of("housekeeping", "DIRTY")));

        // Meanwhile a channel sells the walk-in's room and the office raises the checked-in guest's rate.
        online = Hotel.book(cloud.uri(), cloudDesk, "Omar", "Online", "WEB", today, 1, walkInRoom, "99.00");
        var changed = Http.send(
                cloud.uri(),
                "PATCH",
                "/api/v1/properties/SEA/bookings/" + arriving,
                cloudDesk,
                Map.of("rate", new BigDecimal("111.00")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        // The line is back: the standby syncs (and flags both collisions), the auditor ends the outage.
        assertThat(Http.post(standby.uri(), "/api/sync-now", operator(), null)
                        .json()
                        .requiredString("result"))
                .isEqualTo("OK");
        ok(DeskClient.login(standby.uri(), "nico", AUDIT).form("/outage/end", Map.of("note", "line back at 15:10")));

        browser = Browser.start(getClass());
        browser.open(standby.uri(), "/login");
        browser.logIn("nico", AUDIT);
        browser.awaitText("Nico Night", WAIT);
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
    void theWorklistShowsOneLinePerEntryAndFifteenFitTheScreen() {
        browser.open(standby.uri(), "/reentry");
        browser.awaitText("Worklist", WAIT);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#worklist tr.worklist-row"));
        assertThat(rows)
                .as("outage on and off, check-in, walk-in, charges, room status")
                .hasSize(CHARGES + 5);
        long visible = (Long) browser.js("""
                return [...document.querySelectorAll('#worklist tr.worklist-row')].filter(r => {
                  const b = r.getBoundingClientRect();
                  return b.top >= 0 && b.bottom <= window.innerHeight;
                }).length;
                """);
        assertThat(visible)
                .as("worklist rows wholly inside the 1366×768 viewport")
                .isGreaterThanOrEqualTo(15);
        assertThat(browser.scrollWidth()).as("no horizontal scrollbar").isLessThanOrEqualTo(browser.viewportWidth());
        WebElement charge = row("Charge", walkIn);
        assertThat(charge.getText()).contains("MINIBAR ×2").contains("dana");
        assertThat(row("Walk in", walkIn).getText())
                .contains("Ångström, Zoë · room " + walkInRoom)
                .contains("120.00/night");
        assertThat(row("Check in", arriving).getText()).contains("checked in to room " + arrivingRoom);
        browser.screenshot("worklist");
    }

    @Test
    @Order(2)
    void theManualFormOpensOnDemandAndSkippingAndSettlingByHandAreConfirmed() {
        browser.open(standby.uri(), "/reentry");
        List<WebElement> charges = rows("Charge", walkIn);
        String first = position(charges.get(0));
        String second = position(charges.get(1));
        WebElement reason = browser.byLabel("Reason to skip entry " + first);
        assertThat(reason.isDisplayed())
                .as("the forms stay closed until asked for")
                .isFalse();
        assertThat(browser.byLabel("Cloud booking of entry " + first).isDisplayed())
                .isFalse();

        openSettle(first);
        assertThat(reason.isDisplayed()).isTrue();
        assertThat(browser.byLabel("Cloud booking of entry " + first).isDisplayed())
                .isTrue();
        browser.screenshot("manual-form-open");
        reason.sendKeys("the guest took nothing after all");
        browser.submit(() -> browser.clickButton("Skip"));
        browser.awaitText("Done:", WAIT);
        assertThat(done())
                .contains("entry " + first + " (Charge · " + walkIn + ") skipped: the guest took nothing after all")
                .contains("by nico at");
        assertThat(browser.driver().findElements(By.cssSelector("details.settle[open]")))
                .as("after the action every form is closed again")
                .isEmpty();

        openSettle(second);
        browser.fillByLabel("Cloud booking of entry " + second, "not-a-number");
        browser.submit(() -> browser.clickButton("Re-entered by hand"));
        browser.awaitText("Not done, nothing was saved", WAIT);
        assertThat(browser.byLabel("Cloud booking of entry " + second).isDisplayed())
                .as("a refused form stays open with its message")
                .isTrue();
        assertThat(browser.text()).contains("the cloud's confirmation number it became (digits)");
        browser.fillByLabel("Cloud booking of entry " + second, "424242");
        browser.submit(() -> browser.clickButton("Re-entered by hand"));
        browser.awaitText("Done:", WAIT);
        assertThat(done())
                .contains("entry " + second + " (Charge · " + walkIn + ") re-entered by hand as cloud booking 424242");
    }

    @Test
    @Order(3)
    void theAssistantIsConfirmedWithADoneLine() {
        browser.open(standby.uri(), "/reentry");
        browser.submit(() -> browser.clickButton("Let the assistant post to the cloud"));
        browser.awaitText("Done:", WAIT);
        assertThat(done()).contains("the assistant is on for this outage");
        browser.submit(() -> browser.clickButton("Run the assistant"));
        browser.awaitText("Done: the assistant ran at", WAIT);
        assertThat(status("Check in", arriving)).isEqualTo("Conflict");
        assertThat(status("Walk in", walkIn)).isEqualTo("Conflict");
        browser.screenshot("after-the-assistant");
    }

    @Test
    @Order(4)
    void theConflictPageSaysWhoChangedWhatOnEachSide() {
        browser.open(standby.uri(), "/reentry/conflicts/" + arriving);
        browser.awaitText("Collision: booking " + arriving, WAIT);
        assertThat(cells("rate").subList(0, 4))
                .as("before the outage, standby, cloud")
                .containsExactly("rate", "99.00", "99.00", "111.00");
        assertThat(cells("room").subList(0, 4))
                .as("no room before the outage, the desk's room, the cloud's none")
                .containsExactly("room", "—", arrivingRoom, "");
        String standbyBy = byId("standby-by").getText();
        String cloudBy = byId("cloud-by").getText();
        assertThat(standbyBy).startsWith("dana · ").containsPattern(WHEN);
        assertThat(cloudBy).startsWith("sea.frontdesk").containsPattern(WHEN);
        browser.screenshot("conflict-fields");

        assertThat(browser.driver().findElements(By.cssSelector("#resolve input[type=radio]:checked")))
                .as("no side is chosen for the auditor")
                .isEmpty();
        browser.submit(() -> browser.clickButton("Resolve and post later"));
        browser.awaitText("Not done, nothing was saved", WAIT);
        assertThat(browser.text()).contains("choose which side wins");

        browser.driver()
                .findElement(By.cssSelector("input[name='win-room'][value='STANDBY']"))
                .click();
        browser.driver()
                .findElement(By.cssSelector("input[name='win-rate'][value='CLOUD']"))
                .click();
        browser.submit(() -> browser.clickButton("Resolve and post later"));
        browser.awaitPath("/reentry", WAIT);
        assertThat(done()).contains("the collision of " + arriving + " is resolved");
        assertThat(status("Check in", arriving)).isEqualTo("Pending");
    }

    @Test
    @Order(5)
    void theWalkInConflictNamesTheGuestsAndOffersOnlyFreeCleanRoomsOfItsType() {
        browser.open(standby.uri(), "/reentry/conflicts/" + walkIn);
        browser.awaitText("Collision: booking " + walkIn, WAIT);
        assertThat(byId("conflict-guests").getText())
                .contains(walkIn + " (Ångström, Zoë)")
                .contains(online + " (Online, Omar)");
        assertThat(cells("guest")).containsExactly("guest", "—", "Ångström, Zoë", "Online, Omar");
        assertThat(byId("cloud-by").getText()).startsWith("sea.frontdesk").containsPattern(WHEN);
        assertThat(byId("standby-by").getText()).startsWith("dana · ");

        Select choice = new Select(browser.byLabel("Move the booking to"));
        assertThat(choice.getFirstSelectedOption().getText())
                .as("the default changes nothing")
                .isEqualTo("— choose —");
        List<String> rooms = choice.getOptions().stream()
                .map(o -> o.getAttribute("value"))
                .filter(v -> v.matches("\\d+"))
                .toList();
        assertThat(rooms).isNotEmpty().doesNotContain(walkInRoom, arrivingRoom, dirtied);
        assertThat(choice.getOptions().stream().map(WebElement::getText).filter(t -> t.matches("\\d+ .*")))
                .allSatisfy(t ->
                        assertThat(t).contains("(STD, ").doesNotContain("dirty").doesNotContain("out of order"));

        browser.submit(() -> browser.clickButton("Resolve and post later"));
        browser.awaitText("Not done, nothing was saved", WAIT);
        assertThat(browser.text()).contains("choose a free room to move the booking to, or keep its room");
        assertThat(status("Walk in", walkIn, "/reentry")).isEqualTo("Conflict");

        browser.open(standby.uri(), "/reentry/conflicts/" + walkIn);
        new Select(browser.byLabel("Move the booking to")).selectByValue(rooms.getFirst());
        browser.submit(() -> browser.clickButton("Resolve and post later"));
        browser.awaitPath("/reentry", WAIT);
        assertThat(done()).contains("the collision of " + walkIn + " is resolved");
        assertThat(status("Walk in", walkIn)).isEqualTo("Pending");
        browser.screenshot("resolved");
    }

    // ---- helpers ----

    private String done() {
        return byId("reentry-done").getText();
    }

    private void openSettle(String position) {
        browser.driver()
                .findElement(By.xpath("//tr[@id='item-" + position + "']//details/summary"))
                .click();
    }

    private WebElement row(String action, String booking) {
        return rows(action, booking).getFirst();
    }

    private List<WebElement> rows(String action, String booking) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector("#worklist tr.worklist-row")).stream()
                .filter(r -> {
                    List<WebElement> td = r.findElements(By.tagName("td"));
                    return td.get(2).getText().equals(action)
                            && td.get(3).getText().equals(booking);
                })
                .toList();
        assertThat(found).as(action + " " + booking).isNotEmpty();
        return found;
    }

    private static String position(WebElement row) {
        return row.findElements(By.tagName("td")).getFirst().getText();
    }

    private String status(String action, String booking) {
        return row(action, booking).findElement(By.cssSelector("span.tag")).getText();
    }

    private String status(String action, String booking, String path) {
        browser.open(standby.uri(), path);
        return status(action, booking);
    }

    /** The texts of the conflict table's row for {@code field}. */
    private List<String> cells(String field) {
        return browser.driver().findElements(By.cssSelector("#resolve table tr")).stream()
                .map(r -> r.findElements(By.tagName("td")))
                .filter(td -> !td.isEmpty() && td.getFirst().getText().equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + field))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement byId(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private static DeskClient.Page ok(DeskClient.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(303);
        return page;
    }

    private Path data() {
        return dir.resolve("standby");
    }

    private String operator() {
        return Http.operatorToken(data());
    }
}
