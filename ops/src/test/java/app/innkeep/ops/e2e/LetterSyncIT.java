package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Letters are kept in the cloud and the standby prints them (ADR 0018), with the cloud and the standby as separate
 * processes talking real HTTP: the snapshot brings the letters at pairing, a letter the property admin rewrites in the
 * cloud prints on the standby after the next sync, and the standby's letters page says where they are kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LetterSyncIT {

    Path dir;
    DemoCloud cloud;
    AppProcess standby;
    String admin;
    String desk;
    LocalDate businessDate;
    String guest;
    String cancelled;

    @BeforeAll
    void startBoth() throws Exception {
        dir = Files.createTempDirectory("innkeep-e2e-letters-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        admin = cloud.token("sea.admin");
        desk = cloud.token("sea.frontdesk");
        businessDate = cloud.businessDate();
        cloud.enableBackup();
        standby = DemoCloud.startStandby("standby", dir.resolve("standby"), Map.of());
    }

    @AfterAll
    void stopBoth() {
        if (standby != null) {
            standby.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    @Order(1)
    void theStandbyPairedWithTheCloudPrintsTheCloudsStandardConfirmation() throws Exception {
        guest = book("Lettersen", businessDate.plusDays(10));
        cancelled = book("Storno", businessDate.plusDays(12));
        cloudPost("/bookings/" + cancelled + "/cancel", Map.of("reason", "flight cancelled"));
        String code = Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", admin, Map.of())
                .json()
                .requiredString("code");
        var paired = Http.post(
                standby.uri(),
                "/api/pair",
                operator(),
                Map.of("cloudUrl", cloud.uri().toString(), "code", code, "deviceName", "Front desk PC"));
        assertThat(paired.status()).as(paired.body() + "\n" + standby.logText()).isEqualTo(200);

        String letter = pdf("/bookings/" + guest + "/confirmation-letter.pdf");

        assertThat(letter)
                .contains("Dear E2E Lettersen,", "thank you for choosing Seaside Inn")
                .contains("Confirmation number: " + guest);
    }

    @Test
    @Order(2)
    void aLetterTheAdminRewritesInTheCloudPrintsOnTheStandbyAfterTheNextSync() throws Exception {
        var saved = Http.put(
                cloud.uri(),
                "/api/v1/properties/SEA/letter-templates/confirmation",
                admin,
                Map.of(
                        "title",
                        "Your stay at the Seaside",
                        "body",
                        "Hello {firstName},\nroom {room} is yours from {arrival}. {cancelReason}\nSee you, {clerk}"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var cancellation = Http.put(
                cloud.uri(),
                "/api/v1/properties/SEA/letter-templates/cancellation",
                admin,
                Map.of("title", "Cancelled", "body", "Booking {confirmation} is cancelled ({cancelReason})."));
        assertThat(cancellation.status()).as(cancellation.body()).isEqualTo(200);
        assertThat(pdf("/bookings/" + guest + "/confirmation-letter.pdf"))
                .as("before the sync the standby prints what it has")
                .contains("thank you for choosing Seaside Inn");

        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(run.requiredString("result")).isEqualTo("OK");

        assertThat(pdf("/bookings/" + guest + "/confirmation-letter.pdf"))
                .contains("Hello E2E,", "is yours from " + businessDate.plusDays(10) + ".")
                .as("a placeholder the booking lacks stays visible")
                .contains("{cancelReason}")
                .doesNotContain("thank you for choosing");
        assertThat(pdf("/bookings/" + cancelled + "/cancellation-letter.pdf"))
                .contains("Booking " + cancelled + " is cancelled (flight cancelled).");
        assertThat(pdf("/bookings/" + guest + "/receipt.pdf")).contains("Balance: 0.00");
    }

    @Test
    @Order(3)
    void theStandbysLettersPageSaysTheyAreKeptInTheCloudAndCannotBeEditedThere() {
        DemoCloud.staff(standby, dir.resolve("standby"), "ada", "Ada Admin", "ADMIN", "admin-password-1");
        DeskClient ada = DeskClient.login(standby.uri(), "ada", "admin-password-1");

        var page = ada.get("/letters");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("kept in the cloud")
                .contains("PUT /api/v1/properties/SEA/letter-templates/{name}")
                .contains("Data as of")
                .contains("Your stay at the Seaside")
                .contains("from the cloud, changed")
                .doesNotContain("<textarea");
        assertThat(ada.form("/letters/confirmation", Map.of("title", "x", "body", "y"))
                        .status())
                .as("the standby no longer takes letters")
                .isIn(404, 405);
    }

    private String operator() {
        return Http.operatorToken(dir.resolve("standby"));
    }

    private String pdf(String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(standby.uri().resolve(path))
                                .header("Authorization", "Bearer " + operator())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try (var document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String book(String lastName, LocalDate arrival) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("guest", Map.of("firstName", "E2E", "lastName", lastName));
        body.put("source", "WEB");
        body.put("roomType", "STD");
        body.put("arrival", arrival.toString());
        body.put("departure", arrival.plusDays(2).toString());
        body.put("adults", 1);
        body.put("rate", new BigDecimal("99.00"));
        return cloudPost("/bookings", body).json().requiredString("confirmation");
    }

    private Http.Answer cloudPost(String path, Object body) {
        var answer = Http.post(cloud.uri(), "/api/v1/properties/SEA" + path, desk, body);
        assertThat(answer.status()).as(path + ": " + answer.body()).isBetween(200, 299);
        return answer;
    }
}
