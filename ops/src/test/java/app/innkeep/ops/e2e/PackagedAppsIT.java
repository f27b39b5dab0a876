package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The runnable jars the build makes ({@code java -jar}) start and work: the cloud answers, the standby pairs with it
 * and prints a PDF whose fonts are embedded (a shaded jar loses them unless the Jasper extensions are merged).
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

    @Test
    void theStandbysAppImageCarriesItsOwnRuntimeAndStarts() throws Exception {
        Path dist = Files.createTempDirectory("innkeep-dist-");
        Path launcher = app.innkeep.ops.dist.Distribution.make(AppProcess.repositoryRoot(), dist);
        assertThat(dist.resolve("innkeep-cloud.jar")).exists();
        assertThat(launcher).isExecutable();
        assertThat(dist.resolve("innkeep-standby/lib/runtime"))
                .as("its own Java runtime")
                .isDirectory();
        Path data = Files.createTempDirectory("innkeep-image-data-");
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // The image reads the same environment variables as the jar.
        ProcessBuilder pb = new ProcessBuilder(launcher.toString())
                .redirectErrorStream(true)
                .redirectOutput(dist.resolve("image.log").toFile());
        pb.environment().put("INNKEEP_STANDBY_DATA_DIR", data.toString());
        pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        Process standby = pb.start();
        try {
            String health = "";
            for (int i = 0; i < 120 && !health.contains("UP"); i++) {
                Thread.sleep(500);
                try {
                    health = Http.get(URI.create("http://127.0.0.1:" + port), "/health", null)
                            .body();
                } catch (RuntimeException notYet) {
                    // starting
                }
            }
            assertThat(health).as(Files.readString(dist.resolve("image.log"))).contains("UP");
            assertThat(data.resolve("replica.key"))
                    .as("the image made its encrypted replica")
                    .exists();
        } finally {
            standby.destroy();
            standby.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
