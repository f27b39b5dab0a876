package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Http;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/**
 * Both apps' pages as one product (issue 17, points 6, 7 and 12): every page, printout and report of the standby and
 * every page of the cloud carries the browser hardening headers (CSP, no framing, nosniff, no referrer, no-store; the
 * stylesheets stay cacheable); in a real headless Chromium the standby's sync status page is a desk page (navigation,
 * data as of, the outage banner) with the property's times and zone, the cloud's sync health has the same look with
 * the property's time beside UTC, date fields show ISO dates whatever the browser's language, and no page breaks its
 * Content-Security-Policy (a check shown able to fail). Screenshots: {@code ops/target/screenshots/OneLookBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneLookBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String ADA_PASSWORD = "admin-pass-2026";
    /** The demo property SEA's zone: far enough from UTC that a UTC time on a page would show. */
    static final String ZONE = "America/Los_Angeles";

    static final Pattern BOOKING_LINK = Pattern.compile("href=\"/bookings/([A-Z0-9-]+)\"");

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    Browser browser;
    LocalDate businessDate;
    final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        dir = Files.createTempDirectory("innkeep-one-look-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        businessDate = cloud.businessDate();
        standby = cloud.pairedStandby(dir.resolve("standby"));
        DemoCloud.staff(standby, dir.resolve("standby"), "ada", "Ada Admin", "ADMIN", ADA_PASSWORD);
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
    void everyStandbyPagePrintoutAndReportCarriesTheHardeningHeaders() throws Exception {
        String operator = Http.operatorToken(dir.resolve("standby"));
        String booking = aBooking(operator);
        String window = "?from=" + businessDate.minusDays(1) + "T00:00&until=" + businessDate + "T23:59";

        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("/", 200);
        pages.put("/search?q=a", 200);
        pages.put("/rooms", 200);
        pages.put("/balances", 200);
        pages.put("/walk-in", 200);
        pages.put("/reservation", 200);
        pages.put("/bookings/" + booking, 200);
        pages.put("/outage", 200);
        pages.put("/reentry", 200);
        pages.put("/reports", 200);
        pages.put("/night-audit", 200);
        pages.put("/drill", 200);
        pages.put("/letters", 200);
        pages.put("/status", 200);
        pages.put("/api/status", 200);
        pages.put("/bookings/NO-SUCH-BOOKING", 404);
        pages.put("/no-such-page", 404);
        pages.put("/bookings/" + booking + "/registration-card.pdf", 200);
        pages.put("/reports/collisions.pdf", 200);
        pages.put("/reports/room-bookings.csv" + window, 200);
        for (var page : pages.entrySet()) {
            var answer = get(standby.uri(), page.getKey(), Map.of("Authorization", "Bearer " + operator));
            assertThat(answer.statusCode()).as(page.getKey()).isEqualTo(page.getValue());
            assertHardened(answer, "standby " + page.getKey());
        }
        var pdf = get(
                standby.uri(),
                "/bookings/" + booking + "/registration-card.pdf",
                Map.of("Authorization", "Bearer " + operator));
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));

        // Before logging in: the login page and the redirect to it.
        var login = get(standby.uri(), "/login", Map.of());
        assertThat(login.statusCode()).isEqualTo(200);
        assertHardened(login, "standby /login");
        var redirect = get(standby.uri(), "/", Map.of("Accept", "text/html"));
        assertThat(redirect.statusCode()).isBetween(300, 399);
        assertHardened(redirect, "standby / before logging in");

        var css = get(standby.uri(), "/assets/desk.css", Map.of());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(css.headers().firstValue("Cache-Control"))
                .as("the stylesheet holds no guest data and stays cacheable")
                .isNotEqualTo(java.util.Optional.of("no-store"));
    }

    @Test
    @Order(2)
    void everyCloudPageCarriesTheHardeningHeaders() throws Exception {
        String support = cloud.token("support");
        String desk = cloud.token("sea.frontdesk");
        Map<String, Map<String, String>> pages = new LinkedHashMap<>();
        pages.put("/login", Map.of());
        pages.put("/support/properties#bearer-token-is-no-page-login", Map.of("Authorization", "Bearer " + support));
        pages.put("/support/properties#signed-out", Map.of());
        pages.put("/admin/SEA/standby#signed-out", Map.of());
        pages.put("/api/v1/properties/SEA/bookings", Map.of("Authorization", "Bearer " + desk));
        pages.put("/no-such-page", Map.of());
        for (var page : pages.entrySet()) {
            String path = page.getKey().replaceAll("#.*", "");
            var answer = get(cloud.uri(), path, page.getValue());
            assertThat(answer.statusCode()).as(page.getKey()).isLessThan(500);
            assertHardened(answer, "cloud " + page.getKey());
        }
        var css = get(cloud.uri(), "/assets/cloud.css", Map.of());
        assertThat(css.statusCode())
                .as("the cloud serves its own stylesheet, no CDN")
                .isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).isNotEqualTo(java.util.Optional.of("no-store"));
    }

    @Test
    @Order(3)
    void theSyncStatusPageIsADeskPageWithThePropertysTimeAndTheOutageBanner() {
        browser.open(standby.uri(), "/login");
        browser.fillByLabel("Username", "ada");
        browser.fillByLabel("Password", ADA_PASSWORD);
        browser.clickButton("Log in");
        browser.awaitPath("/", WAIT);
        browser.clickLink("Sync status");
        browser.awaitPath("/status", WAIT);
        browser.awaitText("Last successful pull", WAIT);
        assertThat(browser.title()).isEqualTo("Sync status · Innkeep standby");
        String text = browser.text();
        assertThat(text)
                .as("the desk's top bar and navigation")
                .contains("SEA · Seaside Inn · standby")
                .contains("Today")
                .contains("Room rack")
                .contains("Reports")
                .contains("Data as of");
        assertThat(browser.js("return document.querySelector('header.top nav a.active').textContent.trim();"))
                .isEqualTo("Sync status");
        assertThat(text)
                .as("times in the property's zone, said once and beside each time")
                .contains("Times are the property's local time, " + ZONE)
                .containsPattern("Last successful pull \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} " + ZONE);
        assertThat(browser.js("return getComputedStyle(document.querySelector('header.top')).backgroundColor;"))
                .as("the desk's stylesheet applies")
                .isEqualTo("rgb(31, 58, 95)");
        assertThat(browser.cspViolations()).isEmpty();
        browser.screenshot("status-page");

        DeskClient ada = DeskClient.login(standby.uri(), "ada", ADA_PASSWORD);
        assertThat(ada.form("/outage/start", Map.of("reason", "line down")).status())
                .isEqualTo(303);
        browser.driver().navigate().refresh();
        browser.awaitText("OUTAGE MODE since", WAIT);
        assertThat(browser.text()).contains("Walk-in").contains("Last successful pull");
        assertThat(browser.cspViolations()).isEmpty();
        browser.screenshot("status-page-in-outage");
    }

    @Test
    @Order(4)
    void dateFieldsShowIsoDatesWhateverTheBrowsersLanguage() {
        browser.open(standby.uri(), "/walk-in");
        browser.awaitText("Walk-in", WAIT);
        var departure = browser.byLabel("Departure");
        assertThat(departure.getAttribute("type")).isEqualTo("text");
        assertThat(departure.getAttribute("placeholder")).isEqualTo("YYYY-MM-DD");
        assertThat(departure.getAttribute("value"))
                .as("what the clerk sees in the field, in an en-US browser")
                .isEqualTo(businessDate.plusDays(1).toString());
        assertThat(browser.cspViolations()).isEmpty();
        browser.screenshot("walk-in-iso-date");

        browser.open(standby.uri(), "/reports");
        browser.awaitText("Data as of", WAIT);
        assertThat(browser.byLabel("From").getAttribute("value"))
                .as("the outage's start as the report window shows it")
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(browser.byLabel("From").getAttribute("placeholder")).isEqualTo("YYYY-MM-DD hh:mm");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    @Order(5)
    void theSupportPagesHaveTheDesksLookWithThePropertysTimeBesideUtc() {
        browser.open(cloud.uri(), "/login");
        browser.fillByLabel("Username", "support");
        browser.fillByLabel("Password", cloud.password("support"));
        browser.clickButton("Log in");
        browser.awaitPath("/support/properties", WAIT);
        browser.awaitText("Front desk PC", WAIT);
        String text = browser.text();
        assertThat(text).contains("Innkeep cloud · support").contains("Properties");
        assertThat(text)
                .as("the standby's pairing time in SEA's zone with UTC beside it")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} " + ZONE
                        + "\\s+\\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)");
        assertThat(browser.js("return getComputedStyle(document.querySelector('header.top')).backgroundColor;"))
                .as("the cloud's copy of the desk's look applies")
                .isEqualTo("rgb(31, 58, 95)");
        assertThat(browser.js("return document.querySelector('header.top nav a.active').textContent.trim();"))
                .isEqualTo("Properties");
        assertThat(browser.cspViolations()).isEmpty();
        browser.screenshot("support-sync-health");
    }

    @Test
    @Order(6)
    void theCspCheckCatchesAnInlineStyleTheBrowserRefuses() {
        browser.open(cloud.uri(), "/support/properties");
        browser.awaitText("Properties", WAIT);
        Object colour = browser.js("""
                const p = document.createElement('p');
                p.setAttribute('style', 'color: rgb(1, 2, 3)');
                p.textContent = 'inline';
                document.body.append(p);
                return getComputedStyle(p).color;
                """);
        assertThat(colour).as("the policy refuses the inline style").isNotEqualTo("rgb(1, 2, 3)");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), WAIT)
                .until(d -> !browser.cspViolations().isEmpty());
        assertThat(browser.cspViolations()).anySatisfy(v -> assertThat(v).startsWith("style-src"));
    }

    @Test
    @Order(7)
    void theCliAndTheDesksRefusalsSayThePropertysTimeWithItsZone() {
        var out = new java.io.StringWriter();
        int code = app.innkeep.standby.cli.StandbyCli.run(
                new String[] {
                    "--standby",
                    standby.uri().toString(),
                    "--data-dir",
                    dir.resolve("standby").toString(),
                    "status"
                },
                new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(out, true));
        assertThat(code).as(out.toString()).isZero();
        String minute = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} " + ZONE;
        assertThat(out.toString())
                .containsPattern("Data as of +" + minute)
                .containsPattern("Last pull +" + minute)
                .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

        // Outage mode is on since test 3: starting it again is refused, naming when in the property's time.
        DeskClient ada = DeskClient.login(standby.uri(), "ada", ADA_PASSWORD);
        var again = ada.form("/outage/start", Map.of("reason", "line down again"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).containsPattern("outage mode is already on since " + minute + " \\(started by ada\\)");
    }

    private String aBooking(String operator) throws Exception {
        for (String page : new String[] {"/", "/balances", "/search?q=a", "/search?q=e"}) {
            Matcher m = BOOKING_LINK.matcher(get(standby.uri(), page, Map.of("Authorization", "Bearer " + operator))
                    .body());
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no booking on the standby's pages");
    }

    private HttpResponse<String> get(URI base, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertHardened(HttpResponse<?> answer, String what) {
        var h = answer.headers();
        assertThat(h.firstValue("Content-Security-Policy"))
                .as(what)
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("script-src 'self'")
                        .contains("style-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .contains("form-action 'self'")
                        .contains("base-uri 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(h.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(h.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(h.firstValue("Cache-Control"))
                .as(what + ": guest data never cached")
                .hasValue("no-store");
    }
}
