package app.innkeep.cloud.session;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.PageBrowser;
import app.innkeep.cloud.support.TestHotel;
import app.innkeep.model.StandbyVersion;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cloud's pages over real HTTP: one login for support and property admins with the API's rules, a session cookie
 * that is HttpOnly, SameSite=Strict and Secure behind TLS, a logout that ends it; every page refusing the anonymous
 * (303 to the login), the roles it is not for (403), another property's admin (404) and a forged form (403, nothing
 * changed); support's backup flag and revoke with a reason, the admin's pairing code, the standby refused with the
 * reason, and the admin's choice of what the standby keeps.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class CloudPagesIT extends CloudIT {

    static final Pattern CODE = Pattern.compile("<p class=\"pairing-code\" id=\"pairing-code\">([A-Z0-9-]+)</p>");

    TestHotel sea;
    TestHotel oak;
    String support;

    /** Every page of this feature, as GET; the POST forms are listed in {@link #forms}. */
    static final List<String> PAGES = List.of("/support/properties", "/support/properties/SEA", "/admin/SEA/standby");

    @BeforeAll
    void openTwoHotels() {
        support = supportToken();
        sea = TestHotel.open(api(), support, "SEA", "2026-03-10");
        oak = TestHotel.open(api(), support, "OAK", "2026-03-10");
        // A guest whose name must never show on support's pages.
        ok(api().post(sea.desk, sea.path("/bookings"), sea.booking("Zebediah", "2026-03-10", "2026-03-12", "101")));
    }

    /** The forms of the pages, each with fields that would change something if the post were let through. */
    Map<String, Map<String, String>> forms(long device) {
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("/support/properties/SEA/backup", Map.of("enabled", "off", "reason", "forged"));
        forms.put("/support/properties/SEA/devices/" + device + "/revoke", Map.of("reason", "forged"));
        forms.put("/admin/SEA/standby/pairing-code", Map.of());
        forms.put("/admin/SEA/standby/devices/" + device + "/revoke", Map.of("reason", "forged"));
        forms.put("/admin/SEA/standby/data", Map.of("historyDays", "8", "notes", "on"));
        forms.put("/logout", Map.of());
        return forms;
    }

    @Test
    @Order(1)
    void anonymousVisitorsAreSentToTheLoginPageAndBackAfterwards() {
        PageBrowser anonymous = new PageBrowser(server.getURI());
        for (String page : PAGES) {
            var answer = anonymous.get(page + "?x=1");
            assertThat(answer.statusCode()).as(page).isEqualTo(303);
            assertThat(answer.headers().firstValue("location"))
                    .as(page)
                    .hasValue("/login?next="
                            + java.net.URLEncoder.encode(page + "?x=1", java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(anonymous.get("/").statusCode()).isEqualTo(303);
        assertThat(anonymous.get("/support/login").headers().firstValue("location"))
                .hasValue("/login");

        var login = anonymous.get("/login?next=/support/properties/SEA");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body())
                .contains("<label>Username <input")
                .contains("name=\"next\" value=\"/support/properties/SEA\"");
        var in = anonymous.submit(
                "/login",
                Map.of("username", "support", "password", SUPPORT_PASSWORD, "next", "/support/properties/SEA"));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("location")).hasValue("/support/properties/SEA");
    }

    @Test
    @Order(2)
    void theSessionCookieIsHttpOnlyStrictAndSecureOnlyBehindTls() {
        PageBrowser browser = new PageBrowser(server.getURI());
        var in = browser.logIn("support", SUPPORT_PASSWORD);
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("location")).hasValue("/support/properties");
        String cookie = sessionCookie(in);
        assertThat(cookie)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .contains("Path=/")
                .doesNotContainIgnoringCase("; secure");

        PageBrowser behindProxy = new PageBrowser(server.getURI());
        behindProxy.get("/login");
        var tls = behindProxy.post(
                "/login",
                Map.of("username", "support", "password", SUPPORT_PASSWORD, "csrfToken", behindProxy.csrfToken()),
                Map.of("X-Forwarded-Proto", "https"));
        assertThat(tls.statusCode()).isEqualTo(303);
        assertThat(sessionCookie(tls)).containsIgnoringCase("Secure");

        assertThat(browser.cookie(PageGate.COOKIE))
                .as("the cookie is a random id")
                .doesNotContain(".");
        assertThat(count("SELECT COUNT(*) FROM PAGE_SESSION WHERE ID_HASH = ?", browser.cookie(PageGate.COOKIE)))
                .as("only its hash is stored")
                .isZero();

        var api = api().sendRaw(
                        "GET",
                        "/api/v1/admin/properties",
                        null,
                        null,
                        Map.of("Cookie", PageGate.COOKIE + "=" + browser.cookie(PageGate.COOKIE)));
        assertThat(api.status())
                .as("the API takes bearer tokens alone, never the page cookie")
                .isEqualTo(401);
    }

    @Test
    @Order(3)
    void theLoginKeepsTheApisRules() {
        PageBrowser browser = new PageBrowser(server.getURI());
        var wrong = browser.logIn("support", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Wrong username or password (or the account is locked).");
        assertThat(browser.cookie(PageGate.COOKIE)).isNull();

        ok(api().post(
                        sea.admin,
                        sea.path("/users"),
                        Map.of(
                                "username",
                                "sea.locked",
                                "displayName",
                                "Locked",
                                "role",
                                "PROPERTY_ADMIN",
                                "password",
                                TestHotel.PASSWORD)));
        for (int i = 0; i < 5; i++) {
            browser.logIn("sea.locked", "wrong " + i);
        }
        var locked = browser.logIn("sea.locked", TestHotel.PASSWORD);
        assertThat(locked.statusCode())
                .as("locked after five wrong passwords, as on the API")
                .isEqualTo(200);
        assertThat(locked.body()).contains("Wrong username or password (or the account is locked).");
        assertThat(api().post(null, "/api/v1/login", Map.of("username", "sea.locked", "password", TestHotel.PASSWORD))
                        .status())
                .isEqualTo(401);

        var forgedLogin = new PageBrowser(server.getURI())
                .post("/login", Map.of("username", "support", "password", SUPPORT_PASSWORD), Map.of());
        assertThat(forgedLogin.statusCode())
                .as("a login form not from our page")
                .isEqualTo(403);
        assertThat(sessionCookieOrNull(forgedLogin)).isNull();

        var elsewhere = new PageBrowser(server.getURI());
        elsewhere.get("/login");
        var redirect = elsewhere.submit(
                "/login", Map.of("username", "support", "password", SUPPORT_PASSWORD, "next", "//evil.example/x"));
        assertThat(redirect.headers().firstValue("location"))
                .as("never sent to another site")
                .hasValue("/support/properties");
    }

    @Test
    @Order(4)
    void supportTurnsTheFlagOnWithAReasonOnceAndAnEmptyReasonIsRefused() {
        PageBrowser browser = supportBrowser();
        var page = browser.get("/support/properties/SEA");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Backup flag: <strong>off</strong>").contains("Turn the backup flag on");

        var before = tableContents();
        var noReason = browser.submit("/support/properties/SEA/backup", Map.of("enabled", "on", "reason", "  "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Give a reason for turning the backup flag on.");
        assertThat(tableContents()).isEqualTo(before);

        var on = browser.submit(
                "/support/properties/SEA/backup", Map.of("enabled", "on", "reason", "Ticket 4711: hotel signed up"));
        assertThat(on.statusCode()).isEqualTo(303);
        var after = browser.get(on.headers().firstValue("location").orElseThrow());
        assertThat(after.body())
                .contains("The backup flag is on")
                .contains("Ticket 4711: hotel signed up")
                .contains("Backup flag: <strong>on</strong>");

        var again = browser.submit("/support/properties/SEA/backup", Map.of("enabled", "on", "reason", "again"));
        assertThat(again.headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("done=unchanged"));
        assertThat(count(
                        "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION_NAME = 'backup.enabled' AND REASON = ?",
                        "Ticket 4711: hotel signed up"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION_NAME LIKE 'backup.%' AND ACTOR = ?", "support"))
                .as("a second 'on' is not a second change")
                .isEqualTo(1);
    }

    @Test
    @Order(5)
    void theAdminMakesAPairingCodeOnThePageAndSupportRevokesTheStandbyWithAReasonItIsToldOfOnItsNextSync() {
        PageBrowser admin = browserOf("sea.admin", TestHotel.PASSWORD);
        var page = admin.get("/admin/SEA/standby");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("The backup flag is <strong>on</strong>")
                .contains("What the standby keeps");
        var made = admin.submit("/admin/SEA/standby/pairing-code", Map.of());
        assertThat(made.statusCode()).isEqualTo(200);
        Matcher code = CODE.matcher(made.body());
        assertThat(code.find()).as(made.body()).isTrue();
        assertThat(made.body())
                .contains("It works once, until")
                .contains("data-expires=")
                .contains("/assets/countdown.js");

        var paired =
                ok(api().post(null, "/api/v1/pairing", Map.of("code", code.group(1), "deviceName", "Front <desk>")));
        String credential = paired.text("credential");
        long device = Long.parseLong(paired.text("deviceId"));
        assertThat(api().post(null, "/api/v1/pairing", Map.of("code", code.group(1), "deviceName", "Twin"))
                        .status())
                .as("usable once")
                .isEqualTo(400);
        assertThat(admin.get("/admin/SEA/standby").body()).contains("Front &lt;desk&gt; (#" + device + ")");

        PageBrowser support = supportBrowser();
        var list = support.get("/support/properties");
        assertThat(list.body()).contains("Front &lt;desk&gt; (#" + device + ")").doesNotContain("Zebediah");
        support.get("/support/properties/SEA");
        var revoked = support.submit(
                "/support/properties/SEA/devices/" + device + "/revoke", Map.of("reason", "PC stolen from reception"));
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(support.get(revoked.headers().firstValue("location").orElseThrow())
                        .body())
                .contains("The standby is revoked")
                .contains("reason: PC stolen from reception")
                .doesNotContain("Zebediah");

        var sync = api().sendRaw(
                        "GET",
                        "/api/v1/properties/SEA/feed?after=0",
                        null,
                        null,
                        Map.of("Authorization", "Bearer " + credential));
        assertThat(sync.status()).isEqualTo(401);
        assertThat(sync.text("detail")).contains("revoked").contains("PC stolen from reception");
        assertThat(count(
                        "SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION_NAME = 'device.revoked' AND REASON = ?",
                        "PC stolen from reception"))
                .isEqualTo(1);
    }

    @Test
    @Order(6)
    void theAdminChoosesWhatTheStandbyKeepsAndWrongDaysAreRefusedNamingTheField() {
        PageBrowser admin = browserOf("sea.admin", TestHotel.PASSWORD);
        var page = admin.get("/admin/SEA/standby");
        assertThat(page.body())
                .contains("The cloud's default: no one has chosen yet.")
                .contains("<h3>Choose what the standby keeps</h3>")
                .contains("<label for=\"history-days\">Days of departed history</label>")
                .contains("Guests' contact details (e-mail, phone)</label>")
                .contains("> Notes</label>");

        var before = tableContents();
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("6", "Days of departed history: 6 is outside 7 to 730 days.");
        wrong.put("731", "Days of departed history: 731 is outside 7 to 730 days.");
        wrong.put("thirty", "Days of departed history: &quot;thirty&quot; is not a whole number of days");
        wrong.put("-30", "Days of departed history: &quot;-30&quot; is not a whole number of days");
        wrong.put("  ", "Days of departed history: enter a number of days from 7 to 730.");
        for (var days : wrong.entrySet()) {
            var answer = admin.submit("/admin/SEA/standby/data", Map.of("historyDays", days.getKey(), "notes", "on"));
            assertThat(answer.statusCode()).as(days.getKey()).isEqualTo(400);
            assertThat(answer.body())
                    .as(days.getKey())
                    .contains(days.getValue())
                    .contains("aria-invalid=\"true\"")
                    .contains("value=\"" + days.getKey().strip() + "\"");
        }
        var missing = admin.submit("/admin/SEA/standby/data", Map.of("notes", "on"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Days of departed history: enter a number of days from 7 to 730.");
        assertThat(tableContents()).as("no refused choice changed anything").isEqualTo(before);

        var saved = admin.submit("/admin/SEA/standby/data", Map.of("historyDays", "30", "notes", "on"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("location")).hasValue("/admin/SEA/standby?done=data-saved#data-choices");
        assertThat(admin.get("/admin/SEA/standby?done=data-saved").body())
                .contains("Saved: the standby takes the new choice at its next sync")
                .contains("30 days of departed history")
                .contains("Guests' contact details (e-mail, phone): <strong>not kept</strong>")
                .contains("Notes: kept")
                .contains("Version 1, chosen by sea.admin at ")
                .contains("value=\"30\"");
        var api = ok(api().get(sea.admin, "/api/v1/properties/SEA/standby-data"));
        assertThat(api.text("historyDays")).isEqualTo("30");
        assertThat(api.text("contactDetails")).isEqualTo("false");
        assertThat(api.text("notes")).isEqualTo("true");
        assertThat(api.text("version")).isEqualTo("1");

        var again = admin.submit("/admin/SEA/standby/data", Map.of("historyDays", "30", "notes", "on"));
        assertThat(again.headers().firstValue("location"))
                .hasValue("/admin/SEA/standby?done=data-unchanged#data-choices");
        assertThat(admin.get("/admin/SEA/standby?done=data-unchanged").body())
                .contains("Nothing changed: the standby already keeps exactly this.")
                .contains("Version 1, chosen by sea.admin");
        assertThat(count("SELECT COUNT(*) FROM AUDIT_ENTRY WHERE ACTION_NAME = ?", "standby-data.chosen"))
                .as("the same choice again is no change")
                .isEqualTo(1);

        PageBrowser support = supportBrowser();
        var seen = support.get("/admin/SEA/standby");
        assertThat(seen.body())
                .contains("30 days of departed history")
                .contains("The property's admin chooses this here.")
                .doesNotContain("Choose what the standby keeps");
        var unchanged = tableContents();
        var refused = support.submit("/admin/SEA/standby/data", Map.of("historyDays", "90", "contactDetails", "on"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1>Not for your role</h1>");
        assertThat(tableContents()).as("support cannot change it on the page").isEqualTo(unchanged);
    }

    @Test
    @Order(7)
    void theApiStillRevokesWithoutAReason() {
        ok(api().put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        String code =
                ok(api().post(sea.admin, sea.path("/pairing-codes"), Map.of())).text("code");
        long device =
                Long.parseLong(ok(api().post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Spare")))
                        .text("deviceId"));
        var revoked = ok(api().post(sea.admin, sea.path("/devices/" + device + "/revoke"), Map.of()));
        assertThat(revoked.text("revokedAt")).isNotNull();
        assertThat(revoked.text("revokedReason")).isNull();
    }

    @Test
    @Order(8)
    void eachStandbysVersionIsKeptFromItsCallsAndShownOnEveryHealthTable() {
        ok(api().put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        String code =
                ok(api().post(sea.admin, sea.path("/pairing-codes"), Map.of())).text("code");
        var paired = ok(api().send(
                        "POST",
                        "/api/v1/pairing",
                        null,
                        Map.of("code", code, "deviceName", "Bar PC"),
                        Map.of(StandbyVersion.HEADER, "0.3.0")));
        long device = Long.parseLong(paired.text("deviceId"));
        String credential = paired.text("credential");
        assertThat(storedVersion(device)).as("kept when it pairs").isEqualTo("0.3.0");

        // Upgraded: its next read of the feed (a page with events) says so.
        var page = feed(credential, 0, "0.3.1");
        assertThat(storedVersion(device)).isEqualTo("0.3.1");
        PageBrowser supportPages = supportBrowser();
        PageBrowser admin = browserOf("sea.admin", TestHotel.PASSWORD);
        String row = "Bar PC (#" + device + ")</td><td>0.3.1</td>";
        assertThat(supportPages.get("/support/properties").body())
                .contains("<th>Version</th>")
                .contains(row);
        assertThat(supportPages.get("/support/properties/SEA").body()).contains(row);
        assertThat(admin.get("/admin/SEA/standby").body())
                .contains("<th>Version</th>")
                .contains(row);
        assertThat(ok(api().get(sea.admin, sea.path("/devices"))).json().findValuesAsText("standbyVersion"))
                .contains("0.3.1");

        // Up to date: the poll that finds nothing new (the fast path) and one without the header keep it.
        long head = Long.parseLong(page.text("head"));
        feed(credential, head, "0.3.1");
        feed(credential, head, null);
        assertThat(storedVersion(device)).isEqualTo("0.3.1");

        // A header that is no plain version is kept as "unknown", never as sent.
        feed(credential, head, "<script>alert('x')</script>" + "9".repeat(500));
        assertThat(storedVersion(device)).isEqualTo("unknown");
        String list = supportPages.get("/support/properties").body();
        assertThat(list)
                .contains("Bar PC (#" + device + ")</td><td>unknown</td>")
                .doesNotContain("alert(");
        assertThat(admin.get("/admin/SEA/standby").body()).doesNotContain("alert(");

        // A standby from before the header never said: "unknown" on the page, null in the API.
        long silent = activeDevice();
        assertThat(storedVersion(silent)).isNull();
        assertThat(admin.get("/admin/SEA/standby").body()).contains("Lobby PC (#" + silent + ")</td><td>unknown</td>");
    }

    @Test
    @Order(9)
    void everyPageRefusesTheRolesItIsNotForAndAnotherPropertysAdmin() {
        for (String user : List.of("sea.desk", "sea.audit", "sea.channel")) {
            PageBrowser browser = browserOf(user, TestHotel.PASSWORD);
            assertThat(browser.get("/").body()).contains("No cloud pages for your role");
            for (String page : PAGES) {
                var answer = browser.get(page);
                assertThat(answer.statusCode()).as(user + " " + page).isEqualTo(403);
                assertThat(answer.headers().firstValue("content-type"))
                        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
                assertThat(answer.body()).as(user + " " + page).contains("<h1>Not for your role</h1>");
            }
        }
        PageBrowser seaAdmin = browserOf("sea.admin", TestHotel.PASSWORD);
        assertThat(seaAdmin.get("/support/properties").statusCode()).isEqualTo(403);
        assertThat(seaAdmin.get("/support/properties/SEA").statusCode()).isEqualTo(403);

        PageBrowser oakAdmin = browserOf("oak.admin", TestHotel.PASSWORD);
        PageBrowser desk = browserOf("sea.desk", TestHotel.PASSWORD);
        long device = someDevice();
        var before = tableContents();
        for (String page : List.of("/admin/SEA/standby", "/support/properties/SEA")) {
            var answer = oakAdmin.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(answer.body()).contains("property SEA does not exist");
        }
        for (var form : forms(device).entrySet()) {
            if (form.getKey().equals("/logout")) {
                continue;
            }
            oakAdmin.get("/admin/OAK/standby");
            var answer = oakAdmin.submit(form.getKey(), form.getValue());
            assertThat(answer.statusCode()).as(form.getKey()).isEqualTo(404);
        }
        for (var form : forms(device).entrySet()) {
            if (form.getKey().equals("/logout")) {
                continue;
            }
            desk.get("/");
            var answer = desk.submit(form.getKey(), form.getValue());
            assertThat(answer.statusCode()).as(form.getKey()).isEqualTo(403);
            assertThat(answer.body()).as(form.getKey()).contains("<h1>Not for your role</h1>");
        }
        assertThat(tableContents()).as("no refused form changed anything").isEqualTo(before);
    }

    @Test
    @Order(10)
    void aForgedCrossSiteFormIsRefusedAndChangesNothing() {
        PageBrowser supportBrowser = supportBrowser();
        PageBrowser adminBrowser = browserOf("sea.admin", TestHotel.PASSWORD);
        long device = activeDevice();
        var before = tableContents();
        for (var form : forms(device).entrySet()) {
            PageBrowser browser = form.getKey().startsWith("/admin") ? adminBrowser : supportBrowser;
            browser.get(form.getKey().startsWith("/admin") ? "/admin/SEA/standby" : "/support/properties/SEA");
            String token = browser.csrfToken();
            Map<String, Map<String, String>> forgeries = new LinkedHashMap<>();
            forgeries.put("no token", Map.of());
            forgeries.put("another token", Map.of("csrfToken", "x" + token));
            forgeries.put("a foreign Origin", Map.of("csrfToken", token, "Origin", "http://evil.example"));
            forgeries.put("Sec-Fetch-Site cross-site", Map.of("csrfToken", token, "Sec-Fetch-Site", "cross-site"));
            for (var forgery : forgeries.entrySet()) {
                Map<String, String> fields = new LinkedHashMap<>(form.getValue());
                Map<String, String> headers = new LinkedHashMap<>();
                forgery.getValue().forEach((k, v) -> (k.equals("csrfToken") ? fields : headers).put(k, v));
                var answer = browser.post(form.getKey(), fields, headers);
                assertThat(answer.statusCode())
                        .as(form.getKey() + " with " + forgery.getKey())
                        .isEqualTo(403);
                assertThat(answer.body())
                        .as(form.getKey() + " with " + forgery.getKey())
                        .contains("This form was refused and nothing was changed");
            }
        }
        assertThat(tableContents()).as("no forged form changed anything").isEqualTo(before);
        assertThat(supportBrowser.get("/support/properties").statusCode())
                .as("a forged logout did not end the session")
                .isEqualTo(200);
    }

    @Test
    @Order(11)
    void logoutEndsTheSessionAndSoDoesANewPassword() {
        PageBrowser browser = supportBrowser();
        String stolen = browser.cookie(PageGate.COOKIE);
        long sessions = count("SELECT COUNT(*) FROM PAGE_SESSION", null);
        browser.get("/support/properties");
        var out = browser.submit("/logout", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("location")).hasValue("/login?out=1");
        assertThat(count("SELECT COUNT(*) FROM PAGE_SESSION", null)).isEqualTo(sessions - 1);
        PageBrowser replay = new PageBrowser(server.getURI());
        replay.setCookie(PageGate.COOKIE, stolen);
        assertThat(replay.get("/support/properties").statusCode())
                .as("the old cookie is worth nothing after logout")
                .isEqualTo(303);

        PageBrowser admin = browserOf("sea.admin", TestHotel.PASSWORD);
        assertThat(admin.get("/admin/SEA/standby").statusCode()).isEqualTo(200);
        ok(api().post(
                        sea.admin,
                        sea.path("/users"),
                        Map.of(
                                "username",
                                "sea.second",
                                "displayName",
                                "Second admin",
                                "role",
                                "PROPERTY_ADMIN",
                                "password",
                                TestHotel.PASSWORD)));
        String second = api().login("sea.second", TestHotel.PASSWORD);
        ok(api().put(second, sea.path("/users/sea.admin/password"), Map.of("password", "a brand new password 1")));
        assertThat(admin.get("/admin/SEA/standby").statusCode())
                .as("a new password ends the page session too (ADR 0013)")
                .isEqualTo(303);
    }

    @Test
    @Order(12)
    void supportFiltersThePropertiesAndIsToldWhenNoneMatch() {
        PageBrowser browser = supportBrowser();
        var flagOff = browser.get("/support/properties?flagOff=on");
        assertThat(flagOff.body()).contains(">OAK</a>").doesNotContain(">SEA</a>");
        var neverPaired = browser.get("/support/properties?neverPaired=on");
        assertThat(neverPaired.body())
                .contains(">OAK</a>")
                .doesNotContain(">SEA</a>")
                .contains("never paired");
        var none = browser.get("/support/properties?behind=on&flagOff=on&neverPaired=on");
        assertThat(none.body())
                .contains("No property matches (a standby behind more than an hour, never paired, backup flag off)")
                .contains("Show all");
        assertThat(browser.get("/support/sync-health").headers().firstValue("location"))
                .hasValue("/support/properties");
    }

    private Api.Answer feed(String credential, long after, String version) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + credential);
        if (version != null) {
            headers.put(StandbyVersion.HEADER, version);
        }
        return ok(api().sendRaw("GET", "/api/v1/properties/SEA/feed?after=" + after, null, null, headers));
    }

    private String storedVersion(long device) {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement("SELECT STANDBY_VERSION FROM DEVICE WHERE ID = ?")) {
            s.setLong(1, device);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PageBrowser supportBrowser() {
        return browserOf("support", SUPPORT_PASSWORD);
    }

    private PageBrowser browserOf(String username, String password) {
        PageBrowser browser = new PageBrowser(server.getURI());
        var in = browser.logIn(username, password);
        assertThat(in.statusCode()).as(username + ": " + in.body()).isEqualTo(303);
        browser.get(in.headers().firstValue("location").orElseThrow());
        return browser;
    }

    private long someDevice() {
        return count("SELECT MIN(ID) FROM DEVICE", null);
    }

    private long activeDevice() {
        ok(api().put(support, "/api/v1/admin/properties/SEA/backup", Map.of("enabled", true)));
        String code =
                ok(api().post(sea.admin, sea.path("/pairing-codes"), Map.of())).text("code");
        return Long.parseLong(ok(api().post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Lobby PC")))
                .text("deviceId"));
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        String cookie = sessionCookieOrNull(answer);
        assertThat(cookie).as("a session cookie in " + answer.headers().map()).isNotNull();
        return cookie;
    }

    private static String sessionCookieOrNull(HttpResponse<String> answer) {
        return answer.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(PageGate.COOKIE + "="))
                .findFirst()
                .orElse(null);
    }

    private long count(String sql, String parameter) {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
