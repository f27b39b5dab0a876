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
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The night audit of a large property on a real standby process cut off from its cloud, over HTTP as the browser sends
 * it: bad input refused with nothing written, and the standby killed (SIGKILL) in the middle of a close of hundreds of
 * bookings leaves the whole close or nothing; closing again after the restart posts each night's RENT once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandbyNightAuditIT {

    private static final String AUDIT_PASSWORD = "audit-password-1";
    private static final String DESK_PASSWORD = "desk-password-1";
    private static final LocalDate NIGHT = LocalDate.parse("2026-11-23");

    Path data;
    AppProcess standby;
    DeskClient auditor;
    LargeReplica.Seeded seeded;

    @BeforeAll
    void start() throws Exception {
        data = Files.createTempDirectory("innkeep-e2e-night-audit-").resolve("standby");
        seeded = CutOffHotel.prepare("standby-night-audit", data, NIGHT, 1000, 6800);
        assertThat(seeded.inHouse()).as("guests in house tonight").isGreaterThanOrEqualTo(500);
        standby = startStandby("standby-night-audit");
        DemoCloud.staff(standby, data, "nico", "Nico Night", "NIGHT_AUDITOR", AUDIT_PASSWORD);
        DemoCloud.staff(standby, data, "dana", "Dana Desk", "FRONT_DESK", DESK_PASSWORD);
        auditor = DeskClient.login(standby.uri(), "nico", AUDIT_PASSWORD);
        assertThat(auditor.form("/outage/start", Map.of("reason", "fibre cut")).status())
                .isEqualTo(303);
    }

    @AfterAll
    void stop() {
        if (standby != null) {
            standby.close();
        }
    }

    @Test
    @Order(1)
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        int journal = journal().size();

        assertRefused(Map.of(), "is required");
        assertRefused(Map.of("businessDate", "tomorrow"), "is not a date");
        assertRefused(Map.of("businessDate", NIGHT.minusDays(1).toString()), "is already closed");
        assertRefused(Map.of("businessDate", NIGHT.toString(), "rate", "0"), "rate is not a field of the night audit");
        assertThat(auditor.formOnce("/night-audit", "not-a-uuid", Map.of("businessDate", NIGHT.toString()))
                        .status())
                .isEqualTo(400);
        assertThat(auditor.formWithoutCsrf("/night-audit", Map.of("businessDate", NIGHT.toString()))
                        .status())
                .isEqualTo(403);
        DeskClient desk = DeskClient.login(standby.uri(), "dana", DESK_PASSWORD);
        assertThat(desk.form("/night-audit", Map.of("businessDate", NIGHT.toString()))
                        .status())
                .as("the front desk may not close the day")
                .isEqualTo(403);

        assertThat(journal()).hasSize(journal);
        assertThat(auditor.get("/night-audit").body()).contains("id=\"audit-day\">" + NIGHT);
    }

    @Test
    @Order(2)
    void aStandbyKilledInTheMiddleOfACloseHasClosedNothingAndClosingAgainPostsEachNightOnce() throws Exception {
        StandbyBootstrapRecoveryIT.LogTail log = new StandbyBootstrapRecoveryIT.LogTail(standby.log());
        CompletableFuture<DeskClient.Page> close = CompletableFuture.supplyAsync(
                () -> auditor.form("/night-audit", Map.of("businessDate", NIGHT.toString())));
        StandbyBootstrapRecoveryIT.awaitTrue(
                () -> log.seen("Night audit of " + NIGHT + " by nico: posting RENT"), "the close to begin posting");
        AppProcess killed = standby;
        killed.kill();
        swallow(close);
        assertThat(killed.logText())
                .as("the kill landed in the close, before it committed")
                .doesNotContain("Night audit closed " + NIGHT);

        Written afterKill = written();
        assertThat(afterKill)
                .as("all or nothing: no RENT, no RENT entry, no closed day")
                .isEqualTo(new Written(0, 0, 0, 0));

        standby = startStandby("standby-night-audit-restarted");
        auditor = DeskClient.login(standby.uri(), "nico", AUDIT_PASSWORD);
        assertThat(auditor.get("/night-audit").body()).contains("id=\"audit-day\">" + NIGHT);
        var closed = auditor.form("/night-audit", Map.of("businessDate", NIGHT.toString()));
        assertThat(closed.status()).as(closed.body()).isEqualTo(303);
        var again = auditor.form("/night-audit", Map.of("businessDate", NIGHT.toString()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains(NIGHT + " is already closed");
        standby.close();

        assertThat(written())
                .as("one RENT per booking in house and one entry each, one closed day")
                .isEqualTo(new Written(seeded.inHouse(), seeded.inHouse(), seeded.inHouse(), 1));
    }

    /** RENT lines the desk posted, RENT journal entries, distinct bookings with a RENT that night, closed days. */
    record Written(long rentLines, long rentEntries, long bookingsWithRent, long closedDays) {}

    private Written written() throws SQLException {
        try (Connection c = LargeReplica.open(data)) {
            return new Written(
                    count(c, "SELECT COUNT(*) FROM LOCAL_FOLIO_LINE WHERE CODE = 'RENT' AND BUSINESS_DATE = ?"),
                    count(c, "SELECT COUNT(*) FROM OUTAGE_JOURNAL WHERE ACTION = 'RENT' AND BUSINESS_DATE = ?"),
                    count(
                            c,
                            "SELECT COUNT(DISTINCT CONFIRMATION) FROM LOCAL_FOLIO_LINE WHERE CODE = 'RENT'"
                                    + " AND BUSINESS_DATE = ?"),
                    count(c, "SELECT COUNT(*) FROM OUTAGE_DAY_CLOSE WHERE CLOSED_DATE = ?"));
        } finally {
            LargeReplica.close(data);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            ps.setObject(1, java.sql.Date.valueOf(NIGHT));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void assertRefused(Map<String, String> fields, String message) {
        var page = auditor.form("/night-audit", fields);
        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.body()).contains(message).contains("Not done, nothing was saved");
    }

    private List<?> journal() {
        var answer = Http.get(standby.uri(), "/api/desk/outage", Http.operatorToken(data));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return (List<?>) ((Map<?, ?>) Json.parse(answer.body())).get("entries");
    }

    private AppProcess startStandby(String name) {
        return DemoCloud.startStandby(
                name,
                data,
                Map.of(
                        "INNKEEP_STANDBY_SYNC_ENABLED", "false",
                        "INNKEEP_STANDBY_BACKUP_ENABLED", "false",
                        "INNKEEP_STANDBY_REPORTS_DOWNTIME_PACK_ENABLED", "false"));
    }

    private static void swallow(CompletableFuture<?> call) {
        try {
            call.join();
        } catch (RuntimeException expected) {
            // The connection died with the process.
        }
    }
}
