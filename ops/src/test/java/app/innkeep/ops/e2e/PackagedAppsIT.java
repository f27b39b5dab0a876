package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.json.Json;
import app.innkeep.ops.dist.Distribution;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import app.innkeep.ops.run.LargeReplica;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The runnable jars the build makes ({@code java -jar}) start and work: the cloud answers, the standby pairs with it
 * and prints a PDF whose fonts are embedded (a shaded jar loses them unless the Jasper extensions are merged). The
 * standby's app image (jpackage) starts with its own runtime, its CLI launcher works without bash, and it starts on a
 * data folder the previous release made and keeps everything in it.
 */
class PackagedAppsIT {

    @Test
    void theRunnableJarsStartAndTheStandbysPrintoutsEmbedTheirFonts() throws Exception {
        Path root = AppProcess.repositoryRoot();
        Path cloudJar = root.resolve("cloud-service/target/cloud-service-0.1.0-SNAPSHOT.jar");
        Path standbyJar = root.resolve("desktop-standby/target/desktop-standby-0.1.0-SNAPSHOT.jar");
        assertThat(cloudJar).exists();
        assertThat(standbyJar).exists();
        Path dir = Files.createTempDirectory("innkeep-e2e-jars-");
        Path logs = root.resolve("ops/target/e2e-logs");
        try (AppProcess cloudProcess = AppProcess.startJar(
                        "cloud-jar",
                        cloudJar,
                        Map.of(
                                "INNKEEP_DATA_DIR",
                                Files.createDirectories(dir.resolve("cloud")).toString(),
                                "INNKEEP_DEMO_SEED",
                                "true",
                                "INNKEEP_PASSWORD_ITERATIONS",
                                "1000",
                                "INNKEEP_TEST_FAULT_INJECTION",
                                "enabled"),
                        logs);
                AppProcess standby = AppProcess.startJar(
                        "standby-jar",
                        standbyJar,
                        Map.of(
                                "INNKEEP_STANDBY_DATA_DIR",
                                dir.resolve("standby").toString(),
                                "INNKEEP_STANDBY_SYNC_ENABLED",
                                "false"),
                        logs)) {
            assertThat(Http.get(cloudProcess.uri(), "/health", null).body()).contains("UP");
            Map<String, String> logins = new java.util.HashMap<>();
            for (String line : Files.readAllLines(dir.resolve("cloud/demo-logins.txt"))) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    logins.put(line.split(" ")[0], line.split(" ")[1]);
                }
            }
            String support = Http.login(cloudProcess.uri(), "support", logins.get("support"));
            String admin = Http.login(cloudProcess.uri(), "sea.admin", logins.get("sea.admin"));
            Http.put(cloudProcess.uri(), "/api/v1/admin/properties/SEA/backup", support, Map.of("enabled", true));
            String code = Http.post(cloudProcess.uri(), "/api/v1/properties/SEA/pairing-codes", admin, Map.of())
                    .json()
                    .requiredString("code");
            String operator = Http.operatorToken(dir.resolve("standby"));
            var paired = Http.post(
                    standby.uri(),
                    "/api/pair",
                    operator,
                    Map.of("cloudUrl", cloudProcess.uri().toString(), "code", code, "deviceName", "Packaged PC"));
            assertThat(paired.status()).as(paired.body()).isEqualTo(200);

            HttpResponse<byte[]> pack = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(standby.uri() + "/reports/downtime-pack.pdf"))
                                    .header("Authorization", "Bearer " + operator)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pack.statusCode()).isEqualTo(200);
            try (PDDocument pdf = Loader.loadPDF(pack.body())) {
                assertThat(new PDFTextStripper().getText(pdf))
                        .contains("Downtime pack")
                        .contains("Seaside Inn");
                PDPage first = pdf.getPage(0);
                for (var name : first.getResources().getFontNames()) {
                    var font = first.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " is embedded")
                            .isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
        }
    }

    /** The app image, made once for the tests below (jpackage takes a minute of CPU). */
    private static Path image;

    private static synchronized Path appImage() throws Exception {
        if (image == null) {
            Path dist = Files.createTempDirectory("innkeep-dist-");
            Path launcher = Distribution.make(AppProcess.repositoryRoot(), dist);
            assertThat(dist.resolve("innkeep-cloud.jar")).exists();
            assertThat(launcher).isExecutable();
            image = dist.resolve("innkeep-standby");
        }
        return image;
    }

    @Test
    void theStandbysAppImageCarriesItsOwnRuntimeAndStartsAndItsCliNeedsNoBash() throws Exception {
        Path app = appImage();
        assertThat(app.resolve("lib/runtime")).as("its own Java runtime").isDirectory();
        Path cli = app.resolve("bin").resolve("innkeep-standby-cli");
        assertThat(cli).as("the CLI's own native launcher").isExecutable();
        assertThat(Files.readAllBytes(cli))
                .as("a native launcher, not a script")
                .startsWith(0x7f, 'E', 'L', 'F');
        Path data = Files.createTempDirectory("innkeep-image-data-");
        // The image reads the same environment variables as the jar.
        try (ImageStandby standby = ImageStandby.start(app, data)) {
            assertThat(data.resolve("replica.key"))
                    .as("the image made its encrypted replica")
                    .exists();
            Ran status = standby.cli("status");
            assertThat(status.out()).as("the standby answered the launcher").contains("Not paired");
            assertThat(status.code()).as("not a working backup yet").isEqualTo(1);
        }
    }

    /**
     * Installing version N+1 over N keeps everything: the new app image starts on a data folder the previous release
     * made ({@link PreviousRelease}: a paired replica with an outage's desk work), runs the replica's migrations, and
     * the key, the token, the login, the journal and the desk's bookings and folio are all there.
     */
    @Test
    void theNewAppImageStartsOnThePreviousReleasesFolderAndKeepsEverything() throws Exception {
        Path app = appImage();
        Properties facts = PreviousRelease.facts();
        Path data = PreviousRelease.copyTo(
                Files.createTempDirectory("innkeep-upgrade-").resolve("standby"));
        byte[] key = Files.readAllBytes(data.resolve("replica.key"));
        byte[] token = Files.readAllBytes(data.resolve("operator.token"));

        try (ImageStandby standby = ImageStandby.start(app, data)) {
            String operator = new String(token, StandardCharsets.US_ASCII).strip();
            var outage = Http.get(standby.uri, "/api/desk/outage", operator);
            assertThat(outage.status())
                    .as("the old token opens the operations API: " + outage.body())
                    .isEqualTo(200);
            List<?> entries = (List<?>) ((Map<?, ?>) Json.parse(outage.body())).get("entries");
            assertThat(entries)
                    .extracting(e -> (Object) ((Map<?, ?>) e).get("action"))
                    .as("the journal")
                    .containsExactly(
                            (Object[]) facts.getProperty("journalActions").split(","));

            Map<?, ?> walkIn = (Map<?, ?>)
                    Json.parse(Http.get(standby.uri, "/api/desk/bookings/" + facts.getProperty("walkIn"), operator)
                            .body());
            assertThat(((Map<?, ?>) walkIn.get("booking")).get("status")).isEqualTo("CHECKED_IN");
            assertThat((BigDecimal) walkIn.get("balance")).isEqualByComparingTo(facts.getProperty("walkInBalance"));
            assertThat((List<?>) walkIn.get("folio")).hasSize(Integer.parseInt(facts.getProperty("walkInFolioLines")));
            Map<?, ?> checkedIn = (Map<?, ?>)
                    Json.parse(Http.get(standby.uri, "/api/desk/bookings/" + facts.getProperty("checkedIn"), operator)
                            .body());
            assertThat(((Map<?, ?>) checkedIn.get("booking")).get("status")).isEqualTo("CHECKED_IN");
            assertThat(((Map<?, ?>) checkedIn.get("booking")).get("room"))
                    .isEqualTo(facts.getProperty("checkedInRoom"));

            Ran staff = standby.cli("staff", "list");
            assertThat(staff.code()).as(staff.out()).isZero();
            assertThat(staff.out()).as("the login").contains(facts.getProperty("staff"));
            Ran status = standby.cli("status");
            assertThat(status.code()).as(status.out()).isZero();
            assertThat(status.out()).as("still paired with the cloud it had").contains("Property        SEA");
        }

        assertThat(Files.readAllBytes(data.resolve("replica.key")))
                .as("the key")
                .isEqualTo(key);
        assertThat(Files.readAllBytes(data.resolve("operator.token")))
                .as("the token")
                .isEqualTo(token);
        assertThat(Files.getPosixFilePermissions(data.resolve("replica.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(appliedMigrations(data))
                .as("every migration of the new release ran on the old replica")
                .containsAll(migrationsOfThisRelease());
    }

    /** The versions in the replica's Flyway history that succeeded. */
    private static Set<String> appliedMigrations(Path data) throws SQLException {
        Set<String> applied = new TreeSet<>();
        try (Connection c = LargeReplica.open(data);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        } finally {
            LargeReplica.close(data);
        }
        return applied;
    }

    /** The versions of the standby's migrations in this checkout ({@code V10_4__x.sql} is 10.4). */
    private static Set<String> migrationsOfThisRelease() throws IOException {
        Path folder = AppProcess.repositoryRoot().resolve("desktop-standby/src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> versions = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V[0-9_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(versions).isNotEmpty();
            return versions;
        }
    }

    record Ran(int code, String out) {}

    /** The app image's standby on a data folder and a free port; its CLI launcher pointed at it. */
    private record ImageStandby(Process process, URI uri, Path app, Path data, Path log) implements AutoCloseable {

        static ImageStandby start(Path app, Path data) throws Exception {
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Files.createTempFile("innkeep-image-", ".log");
            ProcessBuilder pb = new ProcessBuilder(
                            app.resolve("bin").resolve("innkeep-standby").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().put("INNKEEP_STANDBY_DATA_DIR", data.toString());
            pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
            pb.environment().put("INNKEEP_STANDBY_SYNC_ENABLED", "false");
            pb.environment().put("INNKEEP_STANDBY_BACKUP_ENABLED", "false");
            URI uri = URI.create("http://127.0.0.1:" + port);
            ImageStandby standby = new ImageStandby(pb.start(), uri, app, data, log);
            String health = "";
            for (int i = 0; i < 240 && !health.contains("UP") && standby.process.isAlive(); i++) {
                Thread.sleep(500);
                try {
                    health = Http.get(uri, "/health", null).body();
                } catch (RuntimeException notYet) {
                    // starting
                }
            }
            if (!health.contains("UP")) {
                standby.close();
                throw new AssertionError("the image's standby did not start:\n" + Files.readString(log));
            }
            return standby;
        }

        /** Runs {@code bin/innkeep-standby-cli} against this standby, as the PC's account would (no bash, no JDK). */
        Ran cli(String... args) throws Exception {
            List<String> command = new ArrayList<>(
                    List.of(app.resolve("bin").resolve("innkeep-standby-cli").toString(), "--standby", uri.toString()));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("INNKEEP_STANDBY_DATA_DIR", data.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            return new Ran(p.exitValue(), out);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
