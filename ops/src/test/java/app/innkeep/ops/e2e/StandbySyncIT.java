package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import app.innkeep.ops.demo.CloudLink;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cloud and the standby as separate processes talking real HTTP: "Set backup" with a pairing code, bootstrap,
 * the feed applied by "sync now", held events and master-data adoption, a standby killed in the middle of a sync,
 * and the encrypted replica read back with (and only with) its key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandbySyncIT {

    private static final int BULK_BOOKINGS_PER_ROUND = 80;
    private static final Duration KILL_WAIT = Duration.ofSeconds(60);
    /** A gzipped page of 25 events is a few KB: about a fifth of a second each through the slowed line. */
    private static final int KILL_TEST_BYTES_PER_SECOND = 12_000;

    Path dir;

    DemoCloud cloud;
    /** The standby's way to the cloud: as fast as the machine, except where a test slows it. */
    CloudLink link;

    AppProcess standby;
    String support;
    String admin;
    String desk;
    LocalDate businessDate;

    @BeforeAll
    void startBoth() throws Exception {
        dir = Files.createTempDirectory("innkeep-e2e-");
        cloud = DemoCloud.start("cloud", dir, Map.of());
        support = cloud.token("support");
        admin = cloud.token("sea.admin");
        desk = cloud.token("sea.frontdesk");
        businessDate = cloud.businessDate();
        cloud.enableBackup();
        link = new CloudLink(cloud.uri().getPort());
        standby = startStandby();
    }

    private AppProcess startStandby() {
        return DemoCloud.startStandby(
                "standby", dir.resolve("standby"), Map.of("INNKEEP_STANDBY_SYNC_PAGE_SIZE", "25"));
    }

    private String operator() {
        return Http.operatorToken(dir.resolve("standby"));
    }

    @AfterAll
    void stopBoth() {
        if (standby != null) {
            standby.close();
        }
        if (link != null) {
            link.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    @Order(1)
    void setBackupPairsAndBootstrapsTheReplicaFromASnapshot() {
        String code = Http.post(cloud.uri(), "/api/v1/properties/SEA/pairing-codes", admin, Map.of())
                .json()
                .requiredString("code");
        var paired = Http.post(
                standby.uri(),
                "/api/pair",
                operator(),
                Map.of("cloudUrl", link.uri().toString(), "code", code, "deviceName", "Front desk PC"));
        assertThat(paired.status()).as(paired.body() + "\n" + standby.logText()).isEqualTo(200);
        assertThat(paired.json().requiredString("result")).isEqualTo("OK");

        var status = status();
        assertThat(status.get("paired")).isEqualTo(true);
        assertThat(status.get("property")).isEqualTo("SEA");
        assertThat(status.get("propertyName")).isEqualTo("Seaside Inn");
        assertThat(status.get("cursor")).isEqualTo(status.get("cloudHead")).isEqualTo(new BigDecimal(cloudHead()));
        assertThat((List<?>) status.get("held")).isEmpty();
        assertThat((List<?>) status.get("mismatches"))
                .as("an empty standby adopts the cloud's master data")
                .isEmpty();
        assertThat(status.get("dataAsOf")).isNotNull();
        assertThat(Http.get(standby.uri(), "/status", operator()).body())
                .contains("Data as of")
                .contains("Seaside Inn");
    }

    @Test
    @Order(2)
    void changesMadeInTheCloudArriveWithSyncNow() {
        String conf = book("Sync", businessDate.plusDays(20), null);
        post("/bookings/" + conf + "/folio/charges", Map.of("item", "MINIBAR"));
        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null);
        assertThat(run.json().requiredString("result")).as(run.body()).isEqualTo("OK");
        assertThat(status().get("cursor")).isEqualTo(new BigDecimal(cloudHead()));
        // The booking and its charge are on the standby (the start-up run may have taken part of them already).
        Map<?, ?> mirrored = (Map<?, ?>) Json.parse(Http.get(standby.uri(), "/api/desk/bookings/" + conf, operator())
                .body());
        assertThat(deskBooking(conf).get("status")).isEqualTo("RESERVED");
        assertThat((List<?>) mirrored.get("folio"))
                .extracting(l -> (Object) ((Map<?, ?>) l).get("code"))
                .containsExactly("MINIBAR");
        var cliStatus = cli("status");
        assertThat(cliStatus.code()).as(cliStatus.out()).isZero();
        assertThat(cliStatus.out())
                .contains("SEA Seaside Inn")
                .contains("Data as of")
                .contains("Held events     0");
    }

    /** Runs the standby CLI against the running standby and returns its exit code and output. */
    private CliRun cli(String... args) {
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        String[] all = new String[args.length + 4];
        all[0] = "--standby";
        all[1] = standby.uri().toString();
        all[2] = "--data-dir";
        all[3] = dir.resolve("standby").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        int code = app.innkeep.standby.cli.StandbyCli.run(
                all, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        return new CliRun(code, out + err.toString());
    }

    record CliRun(int code, String out) {}

    @Test
    @Order(3)
    void anEventWithAnUnknownReceiptTypeIsHeldAndItsBookingWaitsUntilAdopted() {
        assertThat(Http.post(
                                cloud.uri(),
                                "/api/v1/properties/SEA/master-data/receipt-types",
                                admin,
                                Map.of("code", "GIFT", "description", "Gift voucher"))
                        .status())
                .isEqualTo(201);
        String gifted = book("Voucher", businessDate.plusDays(30), null);
        post(
                "/bookings/" + gifted + "/folio/payments",
                Map.of("receiptType", "GIFT", "amount", new BigDecimal("50.00")));
        post("/bookings/" + gifted + "/folio/charges", Map.of("item", "PARKING"));
        String other = book("Unrelated", businessDate.plusDays(31), null);

        var run = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(run.requiredInt("held")).isEqualTo(2);
        var status = status();
        List<?> held = (List<?>) status.get("held");
        assertThat(held).hasSize(2);
        assertThat(held.toString())
                .contains("receipt-type GIFT is not in this standby's master data")
                .contains("waits behind held event");
        assertThat(status.get("cursor")).as("unrelated events went on").isEqualTo(new BigDecimal(cloudHead()));
        assertThat(deskBooking(other).get("status"))
                .as("a booking behind no held event is on the standby")
                .isEqualTo("RESERVED");
        assertThat(((List<?>) status.get("mismatches")).toString())
                .contains("GIFT")
                .contains("missing on the standby");
        assertThat(Http.get(standby.uri(), "/status", operator()).body())
                .contains("GIFT")
                .contains("class=\"diff\"");

        var mismatches = cli("mismatches");
        assertThat(mismatches.code()).isEqualTo(1);
        assertThat(mismatches.out())
                .contains("receipt-type GIFT: missing on the standby")
                .contains("cloud=Gift voucher");
        var adopted = cli("adopt", "receipt-type", "GIFT");
        assertThat(adopted.code()).as(adopted.out()).isZero();
        assertThat(adopted.out()).contains("adopted receipt-type GIFT");
        // The scheduled run may take them first; either way "sync now" returns after they are applied.
        var after = Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(after.requiredString("result")).isEqualTo("OK");
        assertThat((List<?>) status().get("held")).isEmpty();
        // And now the replica equals the cloud, booking by booking and line by line.
        var compared = cli("compare");
        assertThat(compared.code()).as(compared.out()).isZero();
        assertThat(compared.out()).contains("The replica equals the cloud.").containsPattern("Compared \\d+ bookings");
    }

    @Test
    @Order(4)
    void aStandbyKilledInTheMiddleOfASyncConvergesOnTheNextRun() {
        // Three rounds of 160 new events (pages of 25), each killed once the cursor has passed a different page. The
        // line is slowed to a few pages a second, so that the kill lands before the sync ends, however fast it gets.
        int charge = 0;
        for (int pagesBeforeTheKill : new int[] {1, 2, 4}) {
            link.slowDown(KILL_TEST_BYTES_PER_SECOND);
            long start = cursor();
            for (int i = 0; i < BULK_BOOKINGS_PER_ROUND; i++, charge++) {
                String conf = book("Bulk" + charge, businessDate.plusDays(40 + charge % 60), null);
                post("/bookings/" + conf + "/folio/charges", Map.of("item", "BREAKFAST"));
            }
            long head = cloudHead();
            assertThat(head - start).isEqualTo(2L * BULK_BOOKINGS_PER_ROUND);

            var syncing =
                    CompletableFuture.supplyAsync(() -> Http.post(standby.uri(), "/api/sync-now", operator(), null));
            long passed = start + 25L * pagesBeforeTheKill;
            Eventually.until(KILL_WAIT, "the sync's cursor passes " + passed, () -> cursor() >= passed);
            standby.kill();
            assertThat(syncing)
                    .as("the sync was still running when the standby was killed")
                    .failsWithin(KILL_WAIT);

            long atTheKill = replicaCursor();
            assertThat(atTheKill)
                    .as("the cursor the killed standby left on disk: part-way between %d and %d", start, head)
                    .isGreaterThanOrEqualTo(passed)
                    .isLessThan(head);

            link.slowDown(0);
            standby = startStandby();
            var run = Http.post(standby.uri(), "/api/sync-now", operator(), null);
            assertThat(run.json().requiredString("result")).as(run.body()).isEqualTo("OK");
            assertThat(run.json().requiredInt("applied"))
                    .as("the next run applies what was left, nothing twice")
                    .isEqualTo((int) (head - atTheKill));
            assertThat(cursor()).isEqualTo(head);
            var compared = cli("compare");
            assertThat(compared.code()).as(compared.out()).isZero();
            assertThat(compared.out()).contains("The replica equals the cloud.");
        }
    }

    @Test
    @Order(5)
    void theReplicaIsEncryptedWithAnOwnerOnlyKeyAndHoldsWhatTheCloudHas() throws Exception {
        Set<String> cloudBookings = cloudConfirmations();
        standby.close();
        Path data = dir.resolve("standby");
        Path key = data.resolve("replica.key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String url = "jdbc:derby:" + data.resolve("replica");
        assertThat(canOpen(url)).as("without the key the replica does not open").isFalse();
        try (Connection c = DriverManager.getConnection(
                url + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey="
                        + Files.readString(key).strip(),
                "standby",
                "")) {
            Set<String> replicaBookings = new HashSet<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT CONFIRMATION FROM BOOKING")) {
                while (rs.next()) {
                    replicaBookings.add(rs.getString(1));
                }
            }
            assertThat(replicaBookings).isEqualTo(cloudBookings);
            try (ResultSet rs =
                    c.createStatement().executeQuery("SELECT COUNT(*) FROM FOLIO_LINE WHERE CODE = 'BREAKFAST'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("each charge exactly once").isEqualTo(3L * BULK_BOOKINGS_PER_ROUND);
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
            standby = startStandby();
        }
        assertThat(Files.readString(dir.resolve("standby").resolve("replica.key"))
                        .strip())
                .as("the key is 32 hex digits, so not finding it in the log below means something")
                .matches("[0-9a-f]{32}");
        assertThat(standby.logText()).doesNotContain(Files.readString(key).strip());
        assertThat(Http.get(standby.uri(), "/health", null).body())
                .doesNotContain(Files.readString(key).strip())
                .doesNotContain("jdbc:")
                .doesNotContain("lagEvents");
        // The restart warmed the sync up: a made-up page of copied rows applied and rolled back. Nothing of it stays.
        Eventually.until(
                KILL_WAIT,
                "the restarted standby warms its sync up",
                () -> standby.logText().contains("Sync warmed up"));
        assertThat(status().get("cursor")).isEqualTo(new BigDecimal(cloudHead()));
        var compared = cli("compare");
        assertThat(compared.code()).as(compared.out()).isZero();
        assertThat(compared.out()).contains("The replica equals the cloud.");
        // Logged in (the CLI's operator token), /health tells how the sync is doing, still without any secret.
        var health = Http.get(standby.uri(), "/health", operator());
        assertThat(health.body())
                .contains("\"lagEvents\":0")
                .contains("heldEvents")
                .contains("eventsApplied")
                .doesNotContain(Files.readString(key).strip())
                .doesNotContain("jdbc:");
    }

    @Test
    @Order(6)
    void withoutRentOnTheStandbySyncStopsAndSaysHowToAdoptIt() {
        var deactivated = Http.put(
                standby.uri(),
                "/api/master-data/inventory-item/RENT",
                operator(),
                Map.of("description", "Room night", "active", false));
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        var stopped =
                Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(stopped.requiredString("result")).isEqualTo("STOPPED");
        assertThat(stopped.requiredString("message"))
                .contains("RENT is deactivated")
                .contains("adopt RENT");
        assertThat(Http.get(standby.uri(), "/status", operator()).body())
                .contains("Sync is stopped")
                .contains("RENT");

        assertThat(cli("adopt", "inventory-item", "RENT").code()).isZero();
        assertThat(Http.post(standby.uri(), "/api/sync-now", operator(), null)
                        .json()
                        .requiredString("result"))
                .isEqualTo("OK");
        var bad =
                Http.put(standby.uri(), "/api/master-data/inventory-item/rent", operator(), Map.of("description", "x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("upper-case");
    }

    @Test
    @Order(7)
    void turningTheBackupFlagOffStopsSyncWithTheCloudsReasonAndOnAgainResumes() {
        assertThat(Http.put(cloud.uri(), "/api/v1/admin/properties/SEA/backup", support, Map.of("enabled", false))
                        .status())
                .isEqualTo(200);
        var stopped =
                Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(stopped.requiredString("result")).isEqualTo("STOPPED");
        assertThat((String) status().get("stopReason")).contains("support staff must enable it");
        assertThat(Http.get(standby.uri(), "/status", operator()).body()).contains("Sync is stopped");

        assertThat(Http.put(cloud.uri(), "/api/v1/admin/properties/SEA/backup", support, Map.of("enabled", true))
                        .status())
                .isEqualTo(200);
        assertThat(Http.post(standby.uri(), "/api/sync-now", operator(), null)
                        .json()
                        .requiredString("result"))
                .isEqualTo("OK");
        assertThat(status().get("stopReason")).isNull();
    }

    @Test
    @Order(8)
    void aRevokedStandbyStopsAndSaysToPairAgain() {
        List<?> devices = (List<?>) Json.parse(
                Http.get(cloud.uri(), "/api/v1/properties/SEA/devices", admin).body());
        Object id = ((Map<?, ?>) devices.getFirst()).get("id");
        assertThat(Http.post(cloud.uri(), "/api/v1/properties/SEA/devices/" + id + "/revoke", admin, Map.of())
                        .status())
                .isEqualTo(200);
        var stopped =
                Http.post(standby.uri(), "/api/sync-now", operator(), null).json();
        assertThat(stopped.requiredString("result")).isEqualTo("STOPPED");
        assertThat((String) status().get("stopReason")).contains("revoked").contains("Pair the standby again");
        var cliStatus = cli("status");
        assertThat(cliStatus.code()).isEqualTo(1);
        assertThat(cliStatus.out()).contains("STOPPED");
    }

    private static boolean canOpen(String url) {
        try (Connection ignored = DriverManager.getConnection(url)) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    /** A booking as the standby's desk sees it. */
    private Map<?, ?> deskBooking(String confirmation) {
        var answer = Http.get(standby.uri(), "/api/desk/bookings/" + confirmation, operator());
        assertThat(answer.status()).as(confirmation + ": " + answer.body()).isEqualTo(200);
        return (Map<?, ?>) ((Map<?, ?>) Json.parse(answer.body())).get("booking");
    }

    private long cursor() {
        return ((BigDecimal) status().get("cursor")).longValueExact();
    }

    /** The cursor committed in the replica on disk, read with its key while the standby is down. */
    private long replicaCursor() {
        Path data = dir.resolve("standby");
        String url = "jdbc:derby:" + data.resolve("replica");
        try {
            try (Connection c = DriverManager.getConnection(
                            url + ";encryptionAlgorithm=AES/CBC/NoPadding;encryptionKey="
                                    + Files.readString(data.resolve("replica.key"))
                                            .strip(),
                            "standby",
                            "");
                    ResultSet rs = c.createStatement().executeQuery("SELECT CURSOR_SEQ FROM SYNC_STATE WHERE ID = 1")) {
                assertThat(rs.next()).as("the replica has its sync state").isTrue();
                return rs.getLong(1);
            } finally {
                try {
                    DriverManager.getConnection(url + ";shutdown=true");
                } catch (SQLException expected) {
                    // Derby reports a clean shutdown as an exception.
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new AssertionError("the replica could not be read", e);
        }
    }

    private Map<?, ?> status() {
        var answer = Http.get(standby.uri(), "/api/status", operator());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return (Map<?, ?>) Json.parse(answer.body());
    }

    private long cloudHead() {
        var devices = Http.get(cloud.uri(), "/api/v1/properties/SEA/devices", admin);
        List<?> list = (List<?>) Json.parse(devices.body());
        return ((BigDecimal) ((Map<?, ?>) list.getFirst()).get("headSequence")).longValueExact();
    }

    private Set<String> cloudConfirmations() {
        Set<String> all = new HashSet<>();
        for (int offset = 0; ; offset += 200) {
            List<?> page = (List<?>)
                    Json.parse(Http.get(cloud.uri(), "/api/v1/properties/SEA/bookings?limit=200&offset=" + offset, desk)
                            .body());
            page.forEach(b -> all.add((String) ((Map<?, ?>) b).get("confirmation")));
            if (page.size() < 200) {
                return all;
            }
        }
    }

    private String book(String lastName, LocalDate arrival, String room) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("guest", Map.of("firstName", "E2E", "lastName", lastName));
        body.put("source", "WEB");
        body.put("roomType", "STD");
        body.put("arrival", arrival.toString());
        body.put("departure", arrival.plusDays(1).toString());
        body.put("adults", 1);
        body.put("rate", new BigDecimal("99.00"));
        if (room != null) {
            body.put("room", room);
        }
        var answer = post("/bookings", body);
        return answer.json().requiredString("confirmation");
    }

    private Http.Answer post(String path, Object body) {
        var answer = Http.post(cloud.uri(), "/api/v1/properties/SEA" + path, desk, body);
        assertThat(answer.status()).as(path + ": " + answer.body()).isBetween(200, 299);
        return answer;
    }
}
