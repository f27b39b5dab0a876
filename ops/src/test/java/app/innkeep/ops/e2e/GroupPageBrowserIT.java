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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The group page in a real headless Chromium: support puts SEA (a standby paired over real HTTP) and OAK (never
 * paired) in group WEST and makes its admin; the admin opens the group page, signs in, sees both properties side by
 * side with their standbys, and downloads SEA's downtime pack, which names the property and a guest in house.
 * Screenshots: {@code ops/target/screenshots/GroupPageBrowserIT/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupPageBrowserIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String GROUP_ADMIN = "west.admin";
    static final String PASSWORD = "group admin password";

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        Browser.assumeChromium();
        dir = Files.createTempDirectory("innkeep-groups-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        standby = cloud.pairedStandby(dir.resolve("standby"));
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
    void theGroupAdminSeesTwoPropertiesStandbysSideBySideAndPrintsADowntimePack() throws IOException {
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
                        "businessDate", cloud.businessDate().toString(),
                        "admin", Map.of("username", "oak.admin", "displayName", "Oak Admin", "password", PASSWORD))));
        created(Http.post(cloud.uri(), "/api/v1/groups", support, Map.of("code", "WEST", "name", "West coast inns")));
        for (String property : List.of("SEA", "OAK")) {
            assertThat(Http.put(cloud.uri(), "/api/v1/groups/WEST/properties/" + property, support, null)
                            .status())
                    .isEqualTo(200);
        }
        created(Http.post(
                cloud.uri(),
                "/api/v1/groups/WEST/admins",
                support,
                Map.of("username", GROUP_ADMIN, "displayName", "West Admin", "password", PASSWORD)));

        browser.open(cloud.uri(), "/groups/WEST");
        browser.awaitPath("/login", WAIT);
        browser.logIn(GROUP_ADMIN, PASSWORD);

        browser.awaitPath("/groups/WEST", WAIT);
        browser.awaitText("West coast inns (WEST)", WAIT);
        assertThat(browser.title()).isEqualTo("West coast inns (WEST) - Innkeep");
        assertThat(browser.text())
                .startsWith("Innkeep cloud · groups")
                .contains("OAK · Oak Lodge")
                .contains("Never paired: no standby has been paired with OAK.")
                .contains("SEA · Seaside Inn")
                .contains("Front desk PC (#")
                .containsPattern("\\d{2}:\\d{2} America/Los_Angeles\\s+\\(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)")
                .contains("backup flag on")
                .contains("backup flag off")
                .contains("Nothing re-entered")
                // No guest data on the page itself.
                .doesNotContain("Gonçalves");
        // Side by side: the two properties' sections start on the same line, OAK's left of SEA's.
        @SuppressWarnings("unchecked")
        List<List<Number>> boxes = (List<List<Number>>) browser.js("""
                return [...document.querySelectorAll('section.property')].map(s => {
                  const r = s.getBoundingClientRect(); return [r.top, r.left]; });
                """);
        assertThat(boxes).hasSize(2);
        assertThat(boxes.get(0).get(0).doubleValue())
                .isEqualTo(boxes.get(1).get(0).doubleValue());
        assertThat(boxes.get(0).get(1).doubleValue())
                .isLessThan(boxes.get(1).get(1).doubleValue());
        assertThat(browser.cspViolations()).as("no inline style or script").isEmpty();
        assertThat(browser.scrollWidth())
                .as("no horizontal scrolling at " + Browser.WIDTH + " px")
                .isLessThanOrEqualTo(Browser.WIDTH);
        browser.screenshot("group-page");

        String date = cloud.businessDate().toString();
        browser.clickLink("Downtime pack of SEA (PDF, business date " + date + ")");
        var pack = browser.awaitDownloadedFile(".pdf", WAIT);
        assertThat(pack.name()).isEqualTo("downtime-pack-SEA-" + date + ".pdf");
        assertThat(pdfText(pack.bytes()))
                .contains("Seaside Inn")
                .contains("Downtime pack")
                .contains("Business date " + date)
                // In house since the demo seed checked her in to room 201.
                .contains("Gonçalves, Maria");
    }

    private static void created(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
