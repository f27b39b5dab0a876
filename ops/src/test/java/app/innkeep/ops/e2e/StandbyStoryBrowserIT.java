package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import app.innkeep.ops.run.LargeReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 18's "Done when", played in order in a real headless Chromium against a real cloud and two real standbys: support
 * turns SEA's backup flag on with a reason; SEA's admin makes a pairing code on the page; the standby pairs with it;
 * the admin chooses "no guest contact details, 30 days of history" on the page; after the standby's next sync its
 * encrypted replica (read with its key while it is stopped) holds no e-mail or phone of any guest and no booking that
 * departed more than 30 days ago; support revokes the standby with a reason and its next sync stops naming it; the
 * group page shows SEA's and OAK's standbys side by side. Every page keeps to its Content-Security-Policy.
 * Screenshots: {@code ops/target/screenshots/StandbyStoryBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandbyStoryBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** Syncs only when the test says so, so the replica is read after exactly the sync the story names. */
    static final Map<String, String> NO_SCHEDULE = Map.of("INNKEEP_STANDBY_SYNC_ENABLED", "false");

    static final String FLAG_REASON = "Ticket 4711: SEA signed the standby contract";
    static final String REVOKE_REASON = "PC stolen from reception, ticket 4712";
    static final String OAK_PASSWORD = "oak admin password";

    Path dir;
    Path seaData;
    Path oakData;
    DemoCloud cloud;
    AppProcess seaStandby;
    AppProcess oakStandby;
    Browser browser;
    LocalDate businessDate;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        dir = Files.createTempDirectory("innkeep-standby-story-");
        seaData = dir.resolve("standby-sea");
        oakData = dir.resolve("standby-oak");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        businessDate = cloud.businessDate();
        seaStandby = DemoCloud.startStandby("standby-sea", seaData, NO_SCHEDULE);
        browser = Browser.start(getClass());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        for (AppProcess standby : new AppProcess[] {seaStandby, oakStandby}) {
            if (standby != null) {
                standby.close();
            }
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    void supportAndTheAdminSwitchTheStandbyOnChooseWhatItKeepsAndSupportRevokesIt() throws Exception {
        // A guest with contact details, in the cloud before the standby's first copy.
        String guest = KeptData.bookWithContact(cloud, businessDate, "Story", "Kontakt");

        // 1. Support turns SEA's backup flag on with a reason.
        logIn("support", "/support/properties/SEA");
        assertThat(browser.text()).contains("Backup flag: off");
        browser.submit(() -> browser.within("Turn the backup flag on")
                .fill("Reason", FLAG_REASON)
                .clickButton("Turn backup on"));
        browser.awaitText("The backup flag is on", WAIT);
        assertThat(browser.text()).contains("Backup flag: on").contains(FLAG_REASON);
        assertClean("support-flag-on");
        logOut();

        // 2. SEA's admin makes a pairing code on the Desktop standby page.
        logIn("sea.admin", "/admin/SEA/standby");
        assertThat(browser.text()).contains("The backup flag is on");
        browser.submit(() -> browser.within("Pair a standby").clickButton("Make a pairing code"));
        String code = browser.driver().findElement(By.id("pairing-code")).getText();
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertClean("admin-pairing-code");

        // 3. The standby pairs with that code and makes its first copy, contact details included.
        pair(seaStandby, seaData, code, "Front desk PC");
        try (var replica = stopAndOpenReplica()) {
            assertThat(KeptData.count(
                            replica.c(), "SELECT COUNT(*) FROM BOOKING WHERE EMAIL IS NOT NULL OR PHONE IS NOT NULL"))
                    .as("before the choice the copy holds contact details")
                    .isPositive();
            // A stay that left 60 days ago, with contact details, as a copy made under a longer history holds it.
            KeptData.departedLongAgo(replica.c(), businessDate, "900001", 60);
            assertThat(KeptData.departedBefore(replica.c(), businessDate.minusDays(30)))
                    .isPositive();
        }
        seaStandby = DemoCloud.startStandby("standby-sea", seaData, NO_SCHEDULE);
        browser.open(cloud.uri(), "/admin/SEA/standby");
        browser.awaitText("Front desk PC (#", WAIT);

        // 4. The admin chooses "no guest contact details, 30 days of history" on the page, from the keyboard.
        assertThat(browser.text()).contains("The cloud's default: no one has chosen yet.");
        var form = browser.within("Choose what the standby keeps");
        form.fill("Days of departed history", "30");
        WebElement contact = form.byLabel("Guests' contact details (e-mail, phone)");
        assertThat(contact.isSelected()).as("kept by default").isTrue();
        contact.sendKeys(Keys.SPACE);
        assertThat(contact.isSelected()).isFalse();
        assertThat(form.byLabel("Notes").isSelected()).isTrue();
        browser.submit(() -> form.clickButton("Save what the standby keeps"));
        browser.awaitText("Saved: the standby takes the new choice at its next sync", WAIT);
        assertThat(browser.text())
                .contains("30 days of departed history")
                .contains("Guests' contact details (e-mail, phone): not kept")
                .contains("Version 1, chosen by sea.admin at ");
        assertClean("admin-data-chosen");
        logOut();

        // 5. After the standby's next sync its replica holds no e-mail or phone and nothing departed over 30 days ago.
        assertThat(syncNow(seaStandby, seaData)).as(seaStandby.logText()).isEqualTo("OK");
        try (var replica = stopAndOpenReplica()) {
            Connection c = replica.c();
            assertThat(KeptData.count(c, "SELECT COUNT(*) FROM BOOKING WHERE CONFIRMATION = '" + guest + "'"))
                    .as("the guest's booking is still there")
                    .isEqualTo(1);
            assertThat(KeptData.count(c, "SELECT COUNT(*) FROM BOOKING WHERE EMAIL IS NOT NULL OR PHONE IS NOT NULL"))
                    .as("no e-mail or phone of any guest")
                    .isZero();
            assertThat(KeptData.count(c, "SELECT COUNT(*) FROM HELD_EVENT WHERE PAYLOAD LIKE '%\"email\"%'"))
                    .as("nor in events held back")
                    .isZero();
            assertThat(KeptData.departedBefore(c, businessDate.minusDays(30)))
                    .as("no booking departed more than 30 days ago")
                    .isZero();
        }
        seaStandby = DemoCloud.startStandby("standby-sea", seaData, NO_SCHEDULE);

        // 6. Support revokes the standby with a reason; its next sync stops, naming the reason.
        logIn("support", "/support/properties/SEA");
        String heading = (String) browser.js("return [...document.querySelectorAll('legend')].map(l => l.textContent)"
                + ".find(t => t.startsWith('Revoke Front desk PC'));");
        assertThat(heading).isNotNull();
        browser.submit(
                () -> browser.within(heading).fill("Reason", REVOKE_REASON).clickButton("Revoke"));
        browser.awaitText("The standby is revoked", WAIT);
        assertThat(browser.text()).contains("reason: " + REVOKE_REASON);
        assertClean("support-revoked");
        assertThat(syncNow(seaStandby, seaData)).isEqualTo("STOPPED");
        var status = Http.get(seaStandby.uri(), "/api/status", Http.operatorToken(seaData));
        assertThat(status.body()).contains("revoked").contains(REVOKE_REASON);

        // 7. A second property, OAK, with a standby of its own; the group page shows both standbys side by side.
        oakWithItsOwnStandby();
        String support = cloud.token("support");
        created(Http.post(cloud.uri(), "/api/v1/groups", support, Map.of("code", "WEST", "name", "West coast inns")));
        for (String property : List.of("SEA", "OAK")) {
            assertThat(Http.put(cloud.uri(), "/api/v1/groups/WEST/properties/" + property, support, null)
                            .status())
                    .isEqualTo(200);
        }
        browser.open(cloud.uri(), "/groups/WEST");
        browser.awaitText("West coast inns (WEST)", WAIT);
        assertThat(browser.text())
                .contains("OAK · Oak Lodge")
                .contains("Oak desk PC (#")
                .contains("SEA · Seaside Inn")
                .contains("Front desk PC (#")
                // SEA's standby is shown revoked (the group page names no reason; support's page does, step 6).
                .containsPattern("Front desk PC \\(#\\d+\\)[^#]*revoked")
                .doesNotContain("Kontakt");
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) browser.js("""
                return [...document.querySelectorAll('section.property')].map(s => {
                  const r = s.getBoundingClientRect(); return [r.top, r.left]; });
                """);
        assertThat(boxes).as("one section per property").hasSize(2);
        assertThat(boxes.get(0).get(0).doubleValue())
                .as("side by side: on the same line")
                .isEqualTo(boxes.get(1).get(0).doubleValue());
        assertThat(boxes.get(0).get(1).doubleValue())
                .isNotEqualTo(boxes.get(1).get(1).doubleValue());
        assertClean("group-two-standbys");
    }

    /** Support creates OAK with its admin and turns its flag on; OAK's admin pairs a second standby with it. */
    private void oakWithItsOwnStandby() {
        String support = cloud.token("support");
        created(Http.post(
                cloud.uri(),
                "/api/v1/admin/properties",
                support,
                Map.of(
                        "code", "OAK",
                        "name", "Oak Lodge",
                        "timeZone", "America/Denver",
                        "currency", "USD",
                        "businessDate", businessDate.toString(),
                        "admin",
                                Map.of(
                                        "username",
                                        "oak.admin",
                                        "displayName",
                                        "Oak Admin",
                                        "password",
                                        OAK_PASSWORD))));
        assertThat(Http.put(cloud.uri(), "/api/v1/admin/properties/OAK/backup", support, Map.of("enabled", true))
                        .status())
                .isEqualTo(200);
        String code = Http.post(
                        cloud.uri(),
                        "/api/v1/properties/OAK/pairing-codes",
                        Http.login(cloud.uri(), "oak.admin", OAK_PASSWORD),
                        Map.of())
                .json()
                .requiredString("code");
        oakStandby = DemoCloud.startStandby("standby-oak", oakData, NO_SCHEDULE);
        pair(oakStandby, oakData, code, "Oak desk PC");
    }

    private void logIn(String username, String page) {
        browser.open(cloud.uri(), page);
        browser.awaitPath("/login", WAIT);
        assertThat(browser.cspViolations()).as("the login page").isEmpty();
        browser.logIn(username, cloud.password(username));
        browser.awaitPath(page, WAIT);
    }

    private void logOut() {
        browser.submit(() -> browser.clickButton("Log out"));
        browser.awaitText("You are logged out.", WAIT);
    }

    /** The page keeps to its Content-Security-Policy, has the cloud's top bar, and is kept as a screenshot. */
    private void assertClean(String screenshot) {
        assertThat(browser.text()).startsWith("Innkeep cloud");
        assertThat(browser.cspViolations())
                .as("no inline style or script on " + browser.currentUri())
                .isEmpty();
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(Browser.WIDTH);
        browser.screenshot(screenshot);
    }

    private void pair(AppProcess standby, Path data, String code, String deviceName) {
        var paired = Http.post(
                standby.uri(),
                "/api/pair",
                Http.operatorToken(data),
                Map.of("cloudUrl", cloud.uri().toString(), "code", code, "deviceName", deviceName));
        assertThat(paired.status()).as(paired.body() + "\n" + standby.logText()).isEqualTo(200);
        assertThat(paired.json().requiredString("result")).as(paired.body()).isEqualTo("OK");
    }

    private static String syncNow(AppProcess standby, Path data) {
        var run = Http.post(standby.uri(), "/api/sync-now", Http.operatorToken(data), null);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.json().requiredString("result");
    }

    /** SEA's standby stopped and its encrypted replica opened with its key; closing shuts Derby down for a restart. */
    private OpenReplica stopAndOpenReplica() throws SQLException {
        seaStandby.close();
        return new OpenReplica(LargeReplica.open(seaData), seaData);
    }

    record OpenReplica(Connection c, Path data) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            c.close();
            LargeReplica.close(data);
        }
    }

    private static void created(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }
}
