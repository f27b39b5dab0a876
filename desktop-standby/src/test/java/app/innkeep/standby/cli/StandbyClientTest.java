package app.innkeep.standby.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import app.innkeep.standby.DataFolder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against a small HTTP server standing in for the standby's API: every command sends the operator token,
 * and a refusal reads the same whichever command met it — the problem's detail, or the status when there is none.
 */
class StandbyClientTest {

    @TempDir
    Path dataDir;

    HttpServer server;
    final List<String> tokens = new ArrayList<>();

    @BeforeEach
    void standbyAnswering() throws IOException {
        Files.writeString(dataDir.resolve("operator.token"), "secret-token\n");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/sync-now", exchange -> {
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, 200, "{\"result\":\"STOPPED\",\"message\":\"held events wait\"}");
        });
        server.createContext(
                "/api/compare",
                exchange -> answer(
                        exchange, 503, "{\"title\":\"Disk full\",\"detail\":\"the disk of the replica is full\"}"));
        server.createContext(
                "/api/backup",
                exchange -> answer(
                        exchange, 503, "{\"title\":\"Disk full\",\"detail\":\"the disk of the replica is full\"}"));
        server.createContext(
                "/reports/financials.pdf",
                exchange -> answer(exchange, 400, "{\"detail\":\"no outage window: give --from and --until\"}"));
        server.createContext("/reports/items.pdf", exchange -> answer(exchange, 500, "<html>oops</html>"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSyncThatStoppedIsPrintedWithItsResultAndFailsTheExitCode() {
        Ran ran = cli("sync");
        assertThat(ran.code).isEqualTo(1);
        assertThat(ran.out).isEqualTo("STOPPED: held events wait\n");
        assertThat(tokens).containsExactly("Bearer secret-token");
    }

    @Test
    void aRefusalShowsTheProblemsDetailWhicheverCommandMetIt() {
        for (String command : List.of("compare", "backup")) {
            Ran ran = cli(command);
            assertThat(ran.code).as(command).isEqualTo(2);
            assertThat(ran.out).as(command).isEqualTo("standby: the disk of the replica is full\n");
        }
        Ran report = cli("report", "financials", "--out", dataDir.toString());
        assertThat(report.code).isEqualTo(2);
        assertThat(report.out).isEqualTo("standby: no outage window: give --from and --until\n");
    }

    @Test
    void aRefusalWithoutAProblemShowsTheStatus() {
        Ran ran = cli("report", "items", "--out", dataDir.toString());
        assertThat(ran.code).isEqualTo(2);
        assertThat(ran.out).isEqualTo("standby: the standby answered 500\n");
    }

    @Test
    void withoutTheTokenNothingIsSentAndTheMessageSaysWhereItWasLookedFor() throws IOException {
        Files.delete(dataDir.resolve("operator.token"));
        Ran ran = cli("sync");
        assertThat(ran.code).isEqualTo(2);
        assertThat(ran.out).contains("no operator token at").contains("--data-dir");
        assertThat(tokens).isEmpty();
    }

    @Test
    void aStandbyNotRunningIsNamedWithTheCommandThatStartsIt() {
        int port = server.getAddress().getPort();
        server.stop(0);
        Ran ran = cli("status");
        assertThat(ran.code).isEqualTo(2);
        assertThat(ran.out)
                .contains("the standby is not running at http://127.0.0.1:" + port)
                .contains(SuggestedCommand.START_STANDBY.text());
    }

    @Test
    void withoutDataDirTheCliLooksWhereTheStandbyKeepsItsDataOnThisPc() {
        Path token = DataFolder.forThisPc().resolve("operator.token").toAbsolutePath();
        // On a PC with a standby of its own the token is there, and the CLI would go on to call it.
        assumeFalse(Files.exists(token), "a standby's token is already at " + token);
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out, true);

        int code = StandbyCli.run(
                new String[] {
                    "--standby", "http://127.0.0.1:" + server.getAddress().getPort(), "sync"
                },
                writer,
                writer);

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("no operator token at " + token);
        assertThat(tokens).isEmpty();
    }

    private record Ran(int code, String out) {}

    private Ran cli(String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--standby", "http://127.0.0.1:" + server.getAddress().getPort(), "--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out, true);
        int code = StandbyCli.run(all.toArray(String[]::new), writer, writer);
        return new Ran(code, out.toString().replace(System.lineSeparator(), "\n"));
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
