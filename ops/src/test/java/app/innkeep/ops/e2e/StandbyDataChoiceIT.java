package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.DeskClient;
import app.innkeep.ops.run.Http;
import app.innkeep.ops.run.LargeReplica;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
        guest = bookWithContact("Kontakt");
        assertThat(syncNow()).isEqualTo("OK");

        try (var replica = stopAndOpenReplica()) {
            assertThat(count(replica.c(), "SELECT COUNT(*) FROM BOOKING WHERE EMAIL IS NOT NULL"))
                    .isPositive();
            assertThat(count(replica.c(), "SELECT COUNT(*) FROM BOOKING WHERE PHONE IS NOT NULL"))
                    .isPositive();
            // A stay that left 60 days ago, as a copy made before the choice could hold it.
            departedLongAgo(replica.c(), "900001", 60);
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
            assertThat(count(c, "SELECT COUNT(*) FROM BOOKING"))
                    .as("the copy is not empty")
                    .isPositive();
            assertThat(count(c, "SELECT COUNT(*) FROM BOOKING WHERE EMAIL IS NOT NULL OR PHONE IS NOT NULL"))
                    .as("no e-mail or phone of any guest")
                    .isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM HELD_EVENT WHERE PAYLOAD LIKE '%\"email\"%'"))
                    .isZero();
            assertThat(departedBefore(c, businessDate.minusDays(30)))
                    .as("no booking departed more than 30 days ago")
                    .isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM BOOKING WHERE CONFIRMATION = '" + guest + "'"))
                    .isEqualTo(1);
            // Another old stay, as if it had aged out since: the next sync trims it without a resync.
            departedLongAgo(c, "900002", 45);
        }
        standby = DemoCloud.startStandby("standby", data, NO_SCHEDULE);
        assertThat(syncNow()).isEqualTo("OK");
        try (var replica = stopAndOpenReplica()) {
            assertThat(departedBefore(replica.c(), businessDate.minusDays(30))).isZero();
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
            assertThat(count(
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

    private String bookWithContact(String lastName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "guest",
                Map.of(
                        "firstName",
                        "E2E",
                        "lastName",
                        lastName,
                        "email",
                        lastName.toLowerCase() + "@example.com",
                        "phone",
                        "+49 555 0100"));
        body.put("source", "WEB");
        body.put("roomType", "STD");
        body.put("arrival", businessDate.plusDays(10).toString());
        body.put("departure", businessDate.plusDays(12).toString());
        body.put("adults", 1);
        body.put("rate", new BigDecimal("99.00"));
        var answer = Http.post(cloud.uri(), "/api/v1/properties/SEA/bookings", cloud.token("sea.frontdesk"), body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().requiredString("confirmation");
    }

    private void departedLongAgo(Connection c, String confirmation, int daysAgo) throws SQLException {
        LocalDate departure = businessDate.minusDays(daysAgo);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO BOOKING (CONFIRMATION, STATUS, GUEST_ID, FIRST_NAME, LAST_NAME, SEARCH_NAME, EMAIL, PHONE,"
                        + " SOURCE_CODE, ROOM_TYPE, ROOM_NUMBER, ARRIVAL, DEPARTURE, ADULTS, CHILDREN, RATE,"
                        + " SEQUENCE_NO) VALUES (?, 'CHECKED_OUT', 1, 'Long', 'Gone', 'GONE LONG', 'gone@example.com',"
                        + " '+1 555', 'WEB', 'STD', '101', ?, ?, 1, 0, 99.00, 1)")) {
            insert.setString(1, confirmation);
            insert.setDate(2, java.sql.Date.valueOf(departure.minusDays(2)));
            insert.setDate(3, java.sql.Date.valueOf(departure));
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static long departedBefore(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM BOOKING WHERE STATUS NOT IN ('RESERVED', 'CHECKED_IN') AND DEPARTURE < ?")) {
            q.setDate(1, java.sql.Date.valueOf(day));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
