package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.JsonObject;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One set of booking rules on both sides (issue 17): one table of bookings sent to the cloud's API (JSON over real
 * HTTP) and to the standby's reservation form during an outage (a real encrypted Derby behind it); each is refused by
 * both naming the same fields, or accepted by both. Then, in a real headless Chromium, the walk-in form reports three
 * bad fields at once, each named, and a room just checked out is dirty: not offered to the next walk-in until it is
 * marked clean on the room rack. Screenshots: {@code ops/target/screenshots/DeskRulesBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskRulesBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String DANA_PASSWORD = "desk-pass-2026";
    static final Pattern FIELD_AT_FAULT = Pattern.compile("data-field=\"([^\"]+)\"");
    static final String CARD = "4111 1111 1111 1111";

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    DeskClient desk;
    Browser browser;
    LocalDate today;
    String walkIn;
    String walkInRoom;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("innkeep-desk-rules-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        today = cloud.businessDate();
        standby = cloud.pairedStandby(dir.resolve("standby"));
        DemoCloud.staff(standby, dir.resolve("standby"), "dana", "Dana Desk", "FRONT_DESK", DANA_PASSWORD);
        desk = DeskClient.login(standby.uri(), "dana", DANA_PASSWORD);
        assertThat(desk.form("/outage/start", Map.of("reason", "line down: the same rules on both sides"))
                        .status())
                .isEqualTo(303);
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

    /** A booking for the table: what is changed from a good one, and the fields both sides must refuse (none: both take it). */
    record Case(String name, Consumer<Map<String, Object>> change, Set<String> refused) {}

    List<Case> table() {
        LocalDate farthest = today.plusYears(2);
        return List.of(
                new Case("a good booking is taken by both", b -> {}, Set.of()),
                new Case("a stay of 365 nights is taken by both", b -> b.put("departure", day(7 + 365)), Set.of()),
                new Case("departure 9999-12-31", b -> b.put("departure", "9999-12-31"), Set.of("departure")),
                new Case("366 nights", b -> b.put("departure", day(7 + 366)), Set.of("departure")),
                new Case("departure on the arrival", b -> b.put("departure", day(7)), Set.of("departure")),
                new Case("departure before the arrival", b -> b.put("departure", day(6)), Set.of("departure")),
                new Case("arrival yesterday", b -> b.put("arrival", day(-1)), Set.of("arrival")),
                new Case(
                        "arrival past the two-year horizon",
                        b -> {
                            b.put("arrival", farthest.plusDays(1).toString());
                            b.put("departure", farthest.plusDays(2).toString());
                        },
                        Set.of("arrival", "departure")),
                new Case("a negative rate", b -> b.put("rate", new BigDecimal("-1.00")), Set.of("rate")),
                new Case("a rate of three decimals", b -> b.put("rate", new BigDecimal("10.005")), Set.of("rate")),
                new Case("a rate too big", b -> b.put("rate", new BigDecimal("100000000.00")), Set.of("rate")),
                new Case("no adult", b -> b.put("adults", 0), Set.of("adults")),
                new Case("21 adults", b -> b.put("adults", 21), Set.of("adults")),
                new Case("no first name", b -> guest(b).put("firstName", " "), Set.of("firstName")),
                new Case(
                        "a last name of 81 letters", b -> guest(b).put("lastName", "N".repeat(81)), Set.of("lastName")),
                new Case("a bell in the first name", b -> guest(b).put("firstName", "Olaf\u0007"), Set.of("firstName")),
                new Case("an e-mail that is none", b -> guest(b).put("email", "olaf-at-home"), Set.of("email")),
                new Case("a phone of letters", b -> guest(b).put("phone", "call me maybe"), Set.of("phone")),
                new Case("a card number in the notes", b -> b.put("notes", "paid by " + CARD), Set.of("notes")),
                new Case("notes of 501 characters", b -> b.put("notes", "n".repeat(501)), Set.of("notes")),
                new Case(
                        "three faults at once",
                        b -> {
                            guest(b).put("firstName", "");
                            b.put("departure", "9999-12-31");
                            b.put("rate", new BigDecimal("-5.00"));
                        },
                        Set.of("firstName", "departure", "rate")));
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> theCloudAndTheStandbyRefuseTheSameBookingsNamingTheSameFields() {
        String token = cloud.token("sea.frontdesk");
        return table().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Map<String, Object> booking = good();
                    c.change().accept(booking);

                    Http.Answer inCloud = Http.post(cloud.uri(), "/api/v1/properties/SEA/bookings", token, booking);
                    DeskClient.Page onStandby = desk.form("/reservation", asForm(booking));

                    bothAnswerAlike(inCloud, onStandby, c.refused());
                }));
    }

    /** A charge or a payment for the folio table: the form, what is changed from a good one, the fields refused. */
    record FolioCase(String name, String form, Consumer<Map<String, Object>> change, Set<String> refused) {}

    List<FolioCase> folioTable() {
        return List.of(
                new FolioCase("a good charge is taken by both", "charges", c -> {}, Set.of()),
                new FolioCase("a quantity of zero", "charges", c -> c.put("quantity", "0"), Set.of("quantity")),
                new FolioCase("a quantity of 10000", "charges", c -> c.put("quantity", "10000"), Set.of("quantity")),
                new FolioCase(
                        "a quantity of three decimals", "charges", c -> c.put("quantity", "1.005"), Set.of("quantity")),
                new FolioCase("a negative price", "charges", c -> c.put("unitPrice", "-5.00"), Set.of("unitPrice")),
                new FolioCase(
                        "a price too big", "charges", c -> c.put("unitPrice", "100000000.00"), Set.of("unitPrice")),
                new FolioCase(
                        "a description of 201 characters",
                        "charges",
                        c -> c.put("description", "d".repeat(201)),
                        Set.of("description")),
                new FolioCase(
                        "a card number in a charge's description",
                        "charges",
                        c -> c.put("description", "paid by " + CARD),
                        Set.of("description")),
                new FolioCase("a good payment is taken by both", "payments", p -> {}, Set.of()),
                new FolioCase("a payment of zero", "payments", p -> p.put("amount", "0.00"), Set.of("amount")),
                new FolioCase("a negative payment", "payments", p -> p.put("amount", "-5.00"), Set.of("amount")),
                new FolioCase(
                        "a payment of three decimals", "payments", p -> p.put("amount", "5.005"), Set.of("amount")),
                new FolioCase("a payment too big", "payments", p -> p.put("amount", "100000000.00"), Set.of("amount")),
                new FolioCase(
                        "a whole card number as its last four digits",
                        "payments",
                        p -> {
                            p.put("receiptType", "VISA");
                            p.put("cardLast4", CARD);
                        },
                        Set.of("cardLast4")));
    }

    @TestFactory
    @Order(4)
    Stream<DynamicTest> theCloudAndTheStandbyRefuseTheSameChargesAndPaymentsNamingTheSameFields() {
        String token = cloud.token("sea.frontdesk");
        String inHouse = inHouseBooking(token);
        return folioTable().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Map<String, Object> line = c.form().equals("charges") ? goodCharge() : goodPayment();
                    c.change().accept(line);

                    Http.Answer inCloud = Http.post(
                            cloud.uri(),
                            "/api/v1/properties/SEA/bookings/" + inHouse + "/folio/" + c.form(),
                            token,
                            asJson(line));
                    Map<String, String> form = new LinkedHashMap<>();
                    line.forEach((k, v) -> form.put(k, String.valueOf(v)));
                    DeskClient.Page onStandby = desk.form("/bookings/" + inHouse + "/" + c.form(), form);

                    bothAnswerAlike(inCloud, onStandby, c.refused());
                }));
    }

    /** Both take it (201, and the desk's redirect), or both refuse it (400) naming exactly {@code refused}. */
    private static void bothAnswerAlike(Http.Answer inCloud, DeskClient.Page onStandby, Set<String> refused) {
        if (refused.isEmpty()) {
            assertThat(inCloud.status()).as("cloud: " + inCloud.body()).isEqualTo(201);
            assertThat(onStandby.status()).as("standby: " + onStandby.body()).isEqualTo(303);
        } else {
            assertThat(inCloud.status()).as("cloud: " + inCloud.body()).isEqualTo(400);
            assertThat(onStandby.status()).as("standby refuses").isEqualTo(400);
            assertThat(cloudFields(inCloud)).as("cloud: " + inCloud.body()).isEqualTo(refused);
            assertThat(standbyFields(onStandby)).as("standby").isEqualTo(refused);
        }
    }

    /** The seed's arriving guest with a deposit, on both sides: the standby copied her before the line went down. */
    private String inHouseBooking(String token) {
        List<?> found = (List<?>) app.innkeep.model.json.Json.parse(
                Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings?q=Nwosu", token)
                        .body());
        assertThat(found).as("the seed's arriving guest with a deposit").hasSize(1);
        return (String) ((Map<?, ?>) found.getFirst()).get("confirmation");
    }

    private static Map<String, Object> goodCharge() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("item", "MINIBAR");
        c.put("quantity", "1");
        c.put("unitPrice", "5.00");
        return c;
    }

    private static Map<String, Object> goodPayment() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("receiptType", "CASH");
        p.put("amount", "5.00");
        return p;
    }

    /** The same line as the API takes it: numbers as JSON numbers. */
    private static Map<String, Object> asJson(Map<String, Object> line) {
        Map<String, Object> json = new LinkedHashMap<>(line);
        for (String number : List.of("quantity", "unitPrice", "amount")) {
            if (json.get(number) instanceof String text) {
                json.put(number, new BigDecimal(text));
            }
        }
        return json;
    }

    @Test
    @Order(2)
    void theWalkInFormNamesEveryBadFieldAtOnce() {
        Browser.assumeChromium();
        browser = Browser.start(getClass());
        browser.open(standby.uri(), "/");
        browser.awaitPath("/login", WAIT);
        browser.logIn("dana", DANA_PASSWORD);
        browser.awaitText("Dana Desk", WAIT);

        browser.clickLink("Walk-in");
        browser.awaitPath("/walk-in", WAIT);
        walkInRoom = firstRoomOffered();
        browser.fillByLabel("First name", "Ada");
        browser.fillByLabel("Last name", "Lovelace");
        browser.selectByLabel("Room (free tonight)", optionOf("Room (free tonight)", walkInRoom));
        setDate("Departure", LocalDate.of(9999, 12, 31));
        browser.fillByLabel("Rate per night (blank: the room type's price)", "-5");
        browser.fillByLabel("Notes (optional)", "paid by " + CARD);
        browser.submit(() -> browser.clickButton("Check in walk-in"));

        assertThat(browser.currentUri().getPath()).isEqualTo("/walk-in");
        String banner =
                browser.driver().findElement(By.cssSelector(".banner.refused")).getText();
        assertThat(banner)
                .contains("Not done, nothing was saved")
                .contains("3 fields need correcting")
                .contains("Departure: a stay is at most 365 nights")
                .contains("Rate: must not be negative")
                .contains("Notes: must not contain a card number")
                .doesNotContain(CARD);
        assertThat(errorUnder("Departure")).isEqualTo("a stay is at most 365 nights");
        assertThat(errorUnder("Rate per night (blank: the room type's price)")).isEqualTo("must not be negative");
        assertThat(errorUnder("Notes (optional)")).startsWith("must not contain a card number");
        assertThat(browser.byLabel("Last name").getAttribute("value")).isEqualTo("Lovelace");
        browser.screenshot("walk-in-every-fault-named");
    }

    @Test
    @Order(3)
    void aRoomJustCheckedOutIsDirtyAndNotOfferedUntilMarkedClean() {
        Browser.assumeChromium();
        browser.open(standby.uri(), "/walk-in");
        browser.fillByLabel("First name", "Ada");
        browser.fillByLabel("Last name", "Lovelace");
        browser.selectByLabel("Room (free tonight)", optionOf("Room (free tonight)", walkInRoom));
        setDate("Departure", today.plusDays(1));
        browser.fillByLabel("Rate per night (blank: the room type's price)", "0");
        browser.fillByLabel("Notes (optional)", "");
        browser.submit(() -> browser.clickButton("Check in walk-in"));
        new WebDriverWait(browser.driver(), WAIT)
                .until(d -> browser.currentUri().getPath().matches("/bookings/D\\d+"));
        walkIn = browser.currentUri().getPath().substring("/bookings/".length());

        browser.submit(() -> browser.within("Check out").clickButton("Check out"));
        browser.awaitText("Checked out", WAIT);

        browser.open(standby.uri(), "/walk-in");
        assertThat(roomsOffered()).as("the room just left is not offered").doesNotContain(walkInRoom);
        browser.open(standby.uri(), "/rooms");
        assertThat(rackRow(walkInRoom)).contains("Dirty");
        browser.screenshot("room-dirty-after-check-out");

        browser.selectByLabel("Housekeeping of room " + walkInRoom, "Clean");
        browser.submit(() -> browser.driver()
                .findElement(By.cssSelector("#room-" + walkInRoom + " button[type=submit]"))
                .click());
        assertThat(rackRow(walkInRoom)).contains("Clean");
        browser.open(standby.uri(), "/walk-in");
        assertThat(roomsOffered()).as("offered again once clean").contains(walkInRoom);
    }

    // ---- the table's bookings ----

    private Map<String, Object> good() {
        Map<String, Object> b = new LinkedHashMap<>();
        Map<String, Object> guest = new LinkedHashMap<>();
        guest.put("firstName", "Olaf");
        guest.put("lastName", "Nordmann");
        b.put("guest", guest);
        b.put("source", "PHONE");
        b.put("roomType", "STD");
        b.put("arrival", day(7));
        b.put("departure", day(9));
        b.put("adults", 1);
        b.put("rate", new BigDecimal("90.00"));
        return b;
    }

    private String day(int fromToday) {
        return today.plusDays(fromToday).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> guest(Map<String, Object> booking) {
        return (Map<String, Object>) booking.get("guest");
    }

    /** The same booking as the desk types it into the reservation form (the guest's fields are the form's own). */
    private static Map<String, String> asForm(Map<String, Object> booking) {
        Map<String, String> form = new LinkedHashMap<>();
        guest(booking).forEach((k, v) -> form.put(k, String.valueOf(v)));
        booking.forEach((k, v) -> {
            if (!k.equals("guest")) {
                form.put(k, v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
            }
        });
        return form;
    }

    /** The fields the cloud's problem names, a new guest's without their {@code guest.} prefix. */
    private static Set<String> cloudFields(Http.Answer answer) {
        Set<String> fields = new TreeSet<>();
        for (JsonObject e : answer.json().objects("errors")) {
            String field = e.string("field");
            fields.add(field.startsWith("guest.") ? field.substring("guest.".length()) : field);
        }
        return fields;
    }

    /** The fields the standby's page shows an error next to. */
    private static Set<String> standbyFields(DeskClient.Page page) {
        Set<String> fields = new TreeSet<>();
        Matcher m = FIELD_AT_FAULT.matcher(page.body());
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    // ---- the browser ----

    private String errorUnder(String label) {
        WebElement field = browser.byLabel(label);
        return field.findElement(By.xpath("following-sibling::p[contains(@class,'error')]"))
                .getText();
    }

    private List<String> roomsOffered() {
        return new Select(browser.byLabel("Room (free tonight)"))
                .getOptions().stream()
                        .map(o -> o.getAttribute("value"))
                        .filter(v -> !v.isEmpty())
                        .toList();
    }

    private String firstRoomOffered() {
        return roomsOffered().getFirst();
    }

    private String optionOf(String label, String room) {
        return new Select(browser.byLabel(label))
                .getOptions().stream()
                        .filter(o -> room.equals(o.getAttribute("value")))
                        .map(WebElement::getText)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("room " + room + " is not offered under " + label));
    }

    private String rackRow(String room) {
        return browser.driver()
                .findElement(By.xpath("//tr[td[1][normalize-space()='" + room + "']]"))
                .getText();
    }

    private void setDate(String label, LocalDate date) {
        browser.js(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.byLabel(label),
                date.toString());
    }
}
