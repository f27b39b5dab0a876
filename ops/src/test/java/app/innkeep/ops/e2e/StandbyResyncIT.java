package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
        Path cloudData = Files.createDirectories(dir.resolve("cloud"));
        try (AppProcess cloud = AppProcess.start(
                        "cloud-retention",
                        "cloud-service",
                        "app.innkeep.cloud.CloudApplication",
                        Map.of(
                                "INNKEEP_DATA_DIR",
                                cloudData.toString(),
                                "INNKEEP_DEMO_SEED",
                                "true",
                                "INNKEEP_PASSWORD_ITERATIONS",
                                "1000",
                                "INNKEEP_FEED_RETENTION",
                                "2s",
                                "INNKEEP_FEED_RETENTION_CHECK",
                                "1s",
                                "INNKEEP_FEED_RETENTION_FIRST_CHECK",
                                "1s"));
                AppProcess standby = AppProcess.start(
                        "standby-resync",
                        "desktop-standby",
                        "app.innkeep.standby.StandbyApplication",
                        Map.of(
                                "INNKEEP_STANDBY_DATA_DIR",
                                dir.resolve("standby").toString(),
                                "INNKEEP_STANDBY_SYNC_ENABLED",
                                "false"))) {
            Map<String, String> logins = new HashMap<>();
            for (String line : Files.readAllLines(cloudData.resolve("demo-logins.txt"))) {
                if (!line.startsWith("#")) {
                    logins.put(line.split(" ")[0], line.split(" ")[1]);
                }
            }
            String support = Http.login(cloud.uri(), "support", logins.get("support"));
            String admin = Http.login(cloud.uri(), "sea.admin", logins.get("sea.admin"));
            String desk = Http.login(cloud.uri(), "sea.frontdesk", logins.get("sea.frontdesk"));
            assertThat(Http.put(cloud.uri(), "/api/v1/admin/properties/SEA/backup", support, Map.of("enabled", true))
                            .status())
                    .isEqualTo(200);
            String code = Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", admin, Map.of())
                    .json()
                    .requiredString("code");
            var paired = Http.post(
                    standby.uri(),
                    "/api/pair",
                    operator.get(),
                    Map.of("cloudUrl", cloud.uri().toString(), "code", code));
            assertThat(paired.json().requiredString("result")).as(paired.body()).isEqualTo("OK");

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
                            "99.00"));
            assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            AppProcess.sleep(5000);

            var run = Http.post(standby.uri(), "/api/sync-now", operator.get(), null)
                    .json();
            assertThat(run.requiredString("result")).as(standby.logText()).isEqualTo("OK");
            Map<?, ?> status = (Map<?, ?>) Json.parse(
                    Http.get(standby.uri(), "/api/status", operator.get()).body());
            List<?> devices = (List<?>) Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/devices", admin)
                    .body());
            long head = ((BigDecimal) ((Map<?, ?>) devices.getFirst()).get("headSequence")).longValueExact();
            assertThat(status.get("cursor")).isEqualTo(new BigDecimal(head));
            assertThat(((List<?>) status.get("history")).toString())
                    .contains("AUTO-410")
                    .contains("RESYNC");
            assertThat(standby.logText()).contains("starting a full resync");
        }
    }
}
