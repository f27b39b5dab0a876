package app.innkeep.ops.bench;

import app.innkeep.ops.dist.Distribution;
import app.innkeep.ops.run.AppProcess;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A standby JVM on {@code data}, its memory watched, as the sync bench starts one for every measured run. */
final class BenchStandby implements AutoCloseable {

    /** Where each standby writes a flight recording ({@code --jfr DIR}); null: none. */
    static Path jfrDir;

    final AppProcess process;
    final Path gcLog;

    private BenchStandby(AppProcess process, Path gcLog) {
        this.process = process;
        this.gcLog = gcLog;
    }

    static BenchStandby start(Path data, String name) throws IOException {
        Files.createDirectories(data);
        Path gcLog = data.resolveSibling(name + "-gc.log");
        Map<String, String> env = Map.of(
                "INNKEEP_STANDBY_DATA_DIR",
                data.toString(),
                "INNKEEP_STANDBY_SYNC_ENABLED",
                "false",
                "INNKEEP_STANDBY_BACKUP_ENABLED",
                "false",
                "INNKEEP_STANDBY_REPORTS_DOWNTIME_PACK_ENABLED",
                "false",
                "JAVA_TOOL_OPTIONS",
                // The launcher's options, as the packaged standby starts with them.
                String.join(" ", Distribution.STANDBY_JAVA_OPTIONS)
                        + " " + StandbyMemory.jvmOptions(gcLog)
                        + " " + System.getenv().getOrDefault("INNKEEP_BENCH_STANDBY_JAVA_OPTIONS", "")
                        + (jfrDir == null
                                ? ""
                                : " -XX:StartFlightRecording=filename=" + jfrDir.resolve(name + ".jfr")
                                        + ",settings=profile"));
        return new BenchStandby(
                AppProcess.start(name, "desktop-standby", "app.innkeep.standby.StandbyApplication", env), gcLog);
    }

    URI uri() {
        return process.uri();
    }

    /** Read while the JVM still runs: /proc forgets it when it ends. */
    StandbyMemory memory() {
        return new StandbyMemory(StandbyMemory.heapPeak(gcLog), StandbyMemory.rssPeak(process.pid()));
    }

    @Override
    public void close() {
        process.close();
    }

    /** {@code standby-cli sync} in a JVM of its own, as an operator runs it; fails the benchmark if the CLI does. */
    void cliSync(Path data) throws IOException, InterruptedException {
        Path module = AppProcess.repositoryRoot().resolve("desktop-standby");
        String classpath = module.resolve("target/classes")
                + File.pathSeparator
                + Files.readString(module.resolve("target/runtime-classpath.txt"))
                        .strip();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The launcher's options for the CLI (ops/bin/innkeep standby-cli, the packaged innkeep-standby-cli).
        command.addAll(Distribution.STANDBY_JAVA_OPTIONS);
        command.addAll(List.of(
                "-cp",
                classpath,
                "app.innkeep.standby.cli.StandbyCli",
                "--standby",
                uri().toString(),
                "--data-dir",
                data.toString(),
                "sync"));
        Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (cli.waitFor() != 0) {
            throw new IllegalStateException("standby-cli sync failed:\n" + out + "\n" + process.logText());
        }
    }
}
