package app.innkeep.cloud.metrics;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestHotel;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scraper's view of real work: a standby paired, feed pages served, events written, a device revoked and a
 * database failure each move their meter; and only the scrape token reads them.
 */
abstract class MetricsIT extends CloudIT {

    static final String TOKEN = "scrape-token-for-tests-0123456789";

    String support;

    @Override
    protected Map<String, String> extraProperties() {
        // Every scrape counts the standbys again, so the test sees the lag of what it just did.
        return Map.of("innkeep.metrics.scrape-token", TOKEN, "innkeep.metrics.lag-refresh", "0s");
    }

    @BeforeAll
    void supportStaff() {
        support = supportToken();
    }

    Scrape scrape() {
        Api.Answer answer = api().get(TOKEN, "/metrics");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/plain");
        return new Scrape(answer.body());
    }

    @Test
    void feedPagesEventsOutboxAndPairingsMoveTheirMeters() {
        Api api = api();
        Scrape before = scrape();
        TestHotel mtr = TestHotel.open(api, support, "MTR", "2026-03-10");
        String credential = pair(mtr, "Metrics PC");
        mtr.book("Meter", "2026-03-10", "2026-03-12", "101");

        var page = ok(api.get(credential, mtr.path("/feed?after=0&limit=1000")));
        int served = page.json().get("events").size();
        long head = page.json().get("head").asLong();
        ok(api.get(credential, mtr.path("/feed?after=" + head)));
        assertThat(api.get("ikd_not-a-device", mtr.path("/feed?after=0")).status())
                .isEqualTo(401);

        Scrape after = scrape();
        assertThat(served).isPositive();
        assertThat(after.present("innkeep_feed_events_served_total") - before.value("innkeep_feed_events_served_total"))
                .isEqualTo(served);
        assertThat(after.present("innkeep_feed_pages_total{news=\"events\"}")
                        - before.value("innkeep_feed_pages_total{news=\"events\"}"))
                .isEqualTo(1);
        assertThat(after.present("innkeep_feed_pages_total{news=\"none\"}")
                        - before.value("innkeep_feed_pages_total{news=\"none\"}"))
                .isEqualTo(1);
        assertThat(after.present("innkeep_feed_requests_seconds_count{status=\"200\"}")
                        - before.value("innkeep_feed_requests_seconds_count{status=\"200\"}"))
                .isEqualTo(2);
        assertThat(after.present("innkeep_feed_requests_seconds_count{status=\"401\"}")
                        - before.value("innkeep_feed_requests_seconds_count{status=\"401\"}"))
                .isEqualTo(1);
        assertThat(after.present("innkeep_feed_requests_seconds_sum{status=\"200\"}"))
                .isPositive();
        assertThat(after.present("innkeep_outbox_append_seconds_count")
                        - before.value("innkeep_outbox_append_seconds_count"))
                .as("every event of the new hotel was appended to the outbox")
                .isGreaterThanOrEqualTo(served);
        assertThat(after.present("innkeep_devices_paired_total") - before.value("innkeep_devices_paired_total"))
                .isEqualTo(1);
        assertThat(after.text()).doesNotContain("MTR").doesNotContain("Meter").doesNotContain(credential);
    }

    @Test
    void standbysAreCountedByHowFarBehindTheyAreAndRevokedOnesLeaveTheCount() throws Exception {
        Api api = api();
        TestHotel lag = TestHotel.open(api, support, "LAG", "2026-03-10");
        String credential = pair(lag, "Lag PC");
        Scrape paired = scrape();
        double behind = paired.present("innkeep_standbys{lag=\"under-5m\"}");

        // The standby acknowledges the head: it is still under 5 minutes behind, now with nothing to fetch.
        long head = ok(api.get(credential, lag.path("/feed?after=0&limit=1000")))
                .json()
                .get("head")
                .asLong();
        ok(api.get(credential, lag.path("/feed?after=" + head)));
        assertThat(scrape().present("innkeep_standbys{lag=\"under-5m\"}")).isEqualTo(behind);

        // Its first unacknowledged event is two hours old: it moves to "under a day".
        lag.book("Late", "2026-03-10", "2026-03-11", "101");
        try (Connection c = database.connect()) {
            int moved = c.createStatement()
                    .executeUpdate(
                            "UPDATE OUTBOX_EVENT SET OCCURRED_AT = " + twoHoursEarlier() + " WHERE SEQUENCE_NO = "
                                    + (head + 1) + " AND PROPERTY_ID = (SELECT ID FROM PROPERTY WHERE CODE = 'LAG')");
            assertThat(moved).isEqualTo(1);
        }
        Scrape late = scrape();
        assertThat(late.present("innkeep_standbys{lag=\"under-1d\"}")
                        - paired.value("innkeep_standbys{lag=\"under-1d\"}"))
                .isEqualTo(1);
        assertThat(late.value("innkeep_standbys{lag=\"under-5m\"}")).isEqualTo(behind - 1);

        long deviceId = ok(api.get(lag.admin, lag.path("/devices")))
                .json()
                .get(0)
                .get("id")
                .asLong();
        ok(api.post(lag.admin, lag.path("/devices/" + deviceId + "/revoke"), Map.of()));
        Scrape revoked = scrape();
        assertThat(revoked.value("innkeep_standbys{lag=\"under-1d\"}"))
                .isEqualTo(paired.value("innkeep_standbys{lag=\"under-1d\"}"));
        assertThat(revoked.present("innkeep_devices_revoked_total") - late.value("innkeep_devices_revoked_total"))
                .isEqualTo(1);
    }

    /** The SQL for "two hours before OCCURRED_AT" in this database. */
    abstract String twoHoursEarlier();

    @Test
    void aFailureInsideTheServiceIsCountedAsA5xx() throws Exception {
        TestHotel err = TestHotel.open(api(), support, "ERM", "2026-03-10");
        Scrape before = scrape();
        try (Connection c = database.connect()) {
            // Every change writes an audit entry; without its table the change fails deep inside the database.
            c.createStatement().execute(renameAudit(true));
        }
        try {
            var answer = api().post(
                            err.desk, err.path("/bookings"), err.booking("Broken", "2026-03-12", "2026-03-13", null));
            assertThat(answer.status()).isEqualTo(500);
        } finally {
            try (Connection c = database.connect()) {
                c.createStatement().execute(renameAudit(false));
            }
        }
        assertThat(scrape().present("innkeep_http_server_errors_total{status=\"500\"}")
                        - before.value("innkeep_http_server_errors_total{status=\"500\"}"))
                .isEqualTo(1);
    }

    /** The SQL that hides the audit table ({@code away}) or brings it back. */
    abstract String renameAudit(boolean away);

    @Test
    void onlyTheScrapeTokenReadsTheMetrics() {
        Api api = api();
        TestHotel sea = TestHotel.open(api, support, "SCR", "2026-03-10");
        for (String token : new String[] {null, "wrong-token-of-enough-length", sea.desk, sea.admin, support}) {
            Api.Answer answer = api.get(token, "/metrics");
            assertThat(answer.status()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
            assertThat(answer.body()).doesNotContain("innkeep_").doesNotContain(TOKEN);
        }
        Api.Answer basic = api.sendRaw("GET", "/metrics", null, null, Map.of("Authorization", "Basic " + TOKEN));
        assertThat(basic.status()).isEqualTo(401);
    }

    private String pair(TestHotel hotel, String name) {
        Api api = api();
        ok(api.put(support, "/api/v1/admin/properties/" + hotel.code + "/backup", Map.of("enabled", true)));
        String code = ok(api.post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        return ok(api.post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", name)))
                .text("credential");
    }
}
