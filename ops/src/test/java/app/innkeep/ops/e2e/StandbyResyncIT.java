package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A standby that falls behind the cloud's retention gets 410 Gone and resyncs from a fresh snapshot by itself,
 * ending exactly at the cloud's head with every booking there. The cloud here keeps its feed for seconds only.
 */
class StandbyResyncIT {

    @Test
    void aCursorBehindRetentionTurnsIntoAFullResyncByItself() throws Exception {
        Path dir = Files.createTempDirectory("innkeep-e2e-resync-");
        java.util.function.Supplier<String> operator = () -> Http.operatorToken(dir.resolve("standby"));
        try (DemoCloud cloud = DemoCloud.start(
                        "cloud-retention",
                        dir,
                        Map.of(
                                "INNKEEP_FEED_RETENTION", "2s",
                                "INNKEEP_FEED_RETENTION_CHECK", "1s",
                                "INNKEEP_FEED_RETENTION_FIRST_CHECK", "1s"));
                AppProcess standby = DemoCloud.startStandby(
                        "standby-resync", dir.resolve("standby"), Map.of("INNKEEP_STANDBY_SYNC_ENABLED", "false"))) {
            String desk = cloud.token("sea.frontdesk");
            cloud.enableBackup();
            cloud.pair(standby, dir.resolve("standby"));

            // While the standby is away, the desk keeps working and retention trims the feed behind it.
            String businessDate =
                    Http.get(cloud.uri(), "/api/v1/properties/SEA", desk).json().requiredString("businessDate");
            String arrival =
                    java.time.LocalDate.parse(businessDate).plusDays(60).toString();
            String departure =
                    java.time.LocalDate.parse(businessDate).plusDays(61).toString();
            var booked = Http.post(
                    cloud.uri(),
                    "/api/v1/properties/SEA/bookings",
                    desk,
                    Map.of(
                            "guest",
                            Map.of("firstName", "Late", "lastName", "Comer"),
                            "source",
                            "WEB",
                            "roomType",
                            "STD",
                            "arrival",
                            arrival,
                            "departure",
                            departure,
                            "adults",
                            1,
                            "rate",
                            new BigDecimal("99.00")));
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            // Wait until retention has trimmed the feed behind the standby: the cloud then answers 410 for its cursor
            // (asked with a second device's credential; the standby's own stays inside its encrypted replica).
            Object cursor = ((Map<?, ?>) Json.parse(Http.get(standby.uri(), "/api/status", operator.get())
                            .body()))
                    .get("cursor");
            String watcher = watcher(cloud);
            Eventually.until(
                    Duration.ofSeconds(60),
                    "retention removes the events after the standby's cursor " + cursor,
                    () -> Http.get(cloud.uri(), "/api/v1/properties/SEA/feed?after=" + cursor, watcher)
                                    .status()
                            == 410);

            var run = Http.post(standby.uri(), "/api/sync-now", operator.get(), null)
                    .json();
            assertThat(run.requiredString("result")).as(standby.logText()).isEqualTo("OK");
            Map<?, ?> status = (Map<?, ?>) Json.parse(
                    Http.get(standby.uri(), "/api/status", operator.get()).body());
            List<?> devices = (List<?>)
                    Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/devices", cloud.token("sea.admin"))
                            .body());
            long head = ((BigDecimal) ((Map<?, ?>) devices.getFirst()).get("headSequence")).longValueExact();
            assertThat(status.get("cursor")).isEqualTo(new BigDecimal(head));
            assertThat(((List<?>) status.get("history")).toString())
                    .contains("AUTO-410")
                    .contains("RESYNC");
            assertThat(standby.logText()).contains("starting a full resync");
        }
    }

    /** A device credential of another standby of SEA, to ask the cloud what it would answer. */
    private static String watcher(DemoCloud cloud) {
        String code = Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", cloud.token("sea.admin"), Map.of())
                .json()
                .requiredString("code");
        return Http.post(cloud.uri(), "/api/v1/pairing", null, Map.of("code", code, "deviceName", "Watcher"))
                .json()
                .requiredString("credential");
    }
}
