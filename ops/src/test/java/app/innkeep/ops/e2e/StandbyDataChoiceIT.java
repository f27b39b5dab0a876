package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Http;
import app.innkeep.ops.run.LargeReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the standby keeps (issue 18), with the cloud and the standby as separate processes: after SEA's admin chooses
 * "no guest contact details, 30 days of history", the standby's next sync leaves no e-mail or phone of any guest and no
 * booking departed more than 30 days ago in its encrypted replica (read with its key while it is stopped), its pages
 * say "not kept on this standby", and turning contact details on again brings them back at the next sync.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandbyDataChoiceIT {

    static final Map<String, String> NO_SCHEDULE = Map.of("INNKEEP_STANDBY_SYNC_ENABLED", "false");

    Path dir;
    Path data;
    DemoCloud cloud;
    AppProcess standby;
    LocalDate businessDate;
    String guest;

    @BeforeAll
    void startBoth() throws Exception {
        dir = Files.createTempDirectory("innkeep-e2e-data-choices-");
        data = dir.resolve("standby");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        businessDate = cloud.businessDate();
        cloud.enableBackup();
        standby = DemoCloud.startStandby("standby", data, NO_SCHEDULE);
        cloud.pair(standby, data);
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
    void byDefaultTheReplicaHoldsTheGuestsContactDetails() throws Exception {
        guest = KeptData.bookWithContact(cloud, businessDate, "E2E", "Kontakt");
        assertThat(syncNow()).isEqualTo("OK");

        try (var replica = stopAndOpenReplica()) {
            assertThat(KeptData.count(replica.c(), "SELECT COUNT(*) FROM BOOKING WHERE EMAIL IS NOT NULL"))
                    .isPositive();
            assertThat(KeptData.count(replica.c(), "SELECT COUNT(*) FROM BOOKING WHERE PHONE IS NOT NULL"))
                    .isPositive();
            // A stay that left 60 days ago, as a copy made before the choice could hold it.
            KeptData.departedLongAgo(replica.c(), businessDate, "900001", 60);
        }
        standby = DemoCloud.startStandby("standby", data, NO_SCHEDULE);
    }

    @Test
    @Order(2)
    void afterChoosingNoContactDetailsAnd30DaysTheNextSyncLeavesNoneInTheReplica() throws Exception {
        var chosen = Http.put(
                cloud.uri(),
                "/api/v1/properties/SEA/standby-data",
                cloud.token("sea.admin"),
                Map.of("historyDays", 30, "contactDetails", false, "notes", true));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);

        assertThat(syncNow()).as(standby.logText()).isEqualTo("OK");
        assertThat(history()).contains("DATA-CHOICE");

        try (var replica = stopAndOpenReplica()) {
            Connection c = replica.c();
            assertThat(KeptData.count(c, "SELECT COUNT(*) FROM BOOKING"))
                    .as("the copy is not empty")
                    .isPositive();
            assertThat(KeptData.count(c, "SELECT COUNT(*) FROM BOOKING WHERE EMAIL IS NOT NULL OR PHONE IS NOT NULL"))
                    .as("no e-mail or phone of any guest")
                    .isZero();
            assertThat(KeptData.count(c, "SELECT COUNT(*) FROM HELD_EVENT WHERE PAYLOAD LIKE '%\"email\"%'"))
                    .isZero();
            assertThat(KeptData.departedBefore(c, businessDate.minusDays(30)))
                    .as("no booking departed more than 30 days ago")
                    .isZero();
            assertThat(KeptData.count(c, "SELECT COUNT(*) FROM BOOKING WHERE CONFIRMATION = '" + guest + "'"))
                    .isEqualTo(1);
            // Another old stay, as if it had aged out since: the next sync trims it without a resync.
            KeptData.departedLongAgo(c, businessDate, "900002", 45);
        }
        standby = DemoCloud.startStandby("standby", data, NO_SCHEDULE);
        assertThat(syncNow()).isEqualTo("OK");
        try (var replica = stopAndOpenReplica()) {
            assertThat(KeptData.departedBefore(replica.c(), businessDate.minusDays(30)))
                    .isZero();
        }
        standby = DemoCloud.startStandby("standby", data, NO_SCHEDULE);
        assertThat(history()).contains("removed 1 bookings older than the history kept");
    }

    @Test
    @Order(3)
    void theBookingPageAndRegistrationCardSayTheContactDetailsAreNotKeptHere() throws Exception {
        DemoCloud.staff(standby, data, "fran", "Fran Desk", "FRONT_DESK", "desk-password-1");
        DeskClient fran = DeskClient.login(standby.uri(), "fran", "desk-password-1");

        var page = fran.get("/bookings/" + guest);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("not kept on this standby").doesNotContain("kontakt@example.com");
        assertThat(pdf("/bookings/" + guest + "/registration-card.pdf"))
                .contains("Kontakt")
                .contains("not kept on this standby");
    }

    @Test
    @Order(4)
    void contactDetailsOnAgainComeBackAtTheNextSync() throws Exception {
        var chosen = Http.put(
                cloud.uri(),
                "/api/v1/properties/SEA/standby-data",
                cloud.token("sea.admin"),
                Map.of("historyDays", 30, "contactDetails", true, "notes", true));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);

        assertThat(syncNow()).isEqualTo("OK");

        try (var replica = stopAndOpenReplica()) {
            assertThat(KeptData.count(
                            replica.c(),
                            "SELECT COUNT(*) FROM BOOKING WHERE CONFIRMATION = '" + guest
                                    + "' AND EMAIL = 'kontakt@example.com' AND PHONE = '+49 555 0100'"))
                    .isEqualTo(1);
        }
        standby = DemoCloud.startStandby("standby", data, NO_SCHEDULE);
    }

    /** The replica of the stopped standby, opened with its key; closing it shuts Derby down for the next start. */
    record OpenReplica(Connection c, Path data) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            c.close();
            LargeReplica.close(data);
        }
    }

    private OpenReplica stopAndOpenReplica() throws SQLException {
        standby.close();
        return new OpenReplica(LargeReplica.open(data), data);
    }

    private String pdf(String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(standby.uri().resolve(path))
                                .header("Authorization", "Bearer " + Http.operatorToken(data))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
        }
    }

    private String syncNow() {
        var run = Http.post(standby.uri(), "/api/sync-now", Http.operatorToken(data), null);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.json().requiredString("result");
    }

    private String history() {
        Map<?, ?> status = (Map<?, ?>) Json.parse(
                Http.get(standby.uri(), "/api/status", Http.operatorToken(data)).body());
        return ((List<?>) status.get("history")).toString();
    }
}
