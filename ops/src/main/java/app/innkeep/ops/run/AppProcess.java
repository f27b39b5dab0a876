package app.innkeep.ops.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Innkeep app (cloud or standby) in its own JVM, as it runs in production: its own classpath (written by the
 * module's build), its own port and data folder, configured through environment variables. Its output goes to a log
 * file under {@code target/e2e-logs} for after-the-fact reading.
 */
public final class AppProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final URI uri;
    private final Path log;

    private AppProcess(String name, Process process, URI uri, Path log) {
        this.name = name;
        this.process = process;
        this.uri = uri;
        this.log = log;
    }

    public static AppProcess start(String name, String module, String mainClass, Map<String, String> env) {
        try {
            return start(name, module, mainClass, env, repositoryRoot().resolve("ops/target/e2e-logs"), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout: the tests run in {@code ops/}, the launcher in the checkout itself. */
    public static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("ops")) ? here : here.getParent();
    }

    /** Starts a packaged app ({@code java -jar}) on any free port, its output in a log file under {@code logDir}. */
    public static AppProcess startJar(String name, Path jar, Map<String, String> env, Path logDir) {
        return launch(name, List.of("-jar", jar.toString()), env, logDir, 0);
    }

    /** Starts the app on {@code port} (0: any free one), its output in a log file under {@code logDir}. */
    public static AppProcess start(
            String name, String module, String mainClass, Map<String, String> env, Path logDir, int port) {
        try {
            Path moduleDir = repositoryRoot().resolve(module);
            String classpath = moduleDir.resolve("target/classes")
                    + java.io.File.pathSeparator
                    + Files.readString(moduleDir.resolve("target/runtime-classpath.txt"))
                            .strip();
            return launch(name, List.of("-cp", classpath, mainClass), env, logDir, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How an app that was expected to refuse to start ended: its exit code and what it logged. */
    public record Refusal(int exitCode, String log) {}

    /**
     * Starts a packaged app ({@code java -jar}) that should refuse to start, and waits up to {@code timeout} for it to
     * end; an app still running then is stopped and reported with exit code -1.
     */
    public static Refusal startJarExpectingRefusal(
            String name, Path jar, Map<String, String> env, Path logDir, Duration timeout) {
        AppProcess app = spawn(name, List.of("-jar", jar.toString()), env, logDir, 0);
        if (!app.exitsWithin(timeout)) {
            app.close();
            return new Refusal(-1, app.logText());
        }
        return new Refusal(app.process.exitValue(), app.logText());
    }

    /** {@code java <args>} with the environment and the port, waiting until it answers /health. */
    private static AppProcess launch(String name, List<String> args, Map<String, String> env, Path logDir, int port) {
        AppProcess app = spawn(name, args, env, logDir, port);
        app.awaitHealthy(Duration.ofSeconds(90));
        return app;
    }

    private static AppProcess spawn(String name, List<String> args, Map<String, String> env, Path logDir, int port) {
        try {
            int listen = port == 0 ? freePort() : port;
            Path log = Files.createDirectories(logDir).resolve(name + "-" + System.currentTimeMillis() + ".log");
            List<String> command = new java.util.ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(env);
            pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(listen));
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
            return new AppProcess(name, pb.start(), URI.create("http://127.0.0.1:" + listen), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return uri;
    }

    /** The operating system's process ID of the app's JVM (for its memory figures in /proc). */
    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logText());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(uri.resolve("/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " did not become healthy in " + timeout + ":\n" + logText());
    }

    /** Whether the JVM ends by itself within {@code timeout} (a fault-injected halt, say). */
    public boolean exitsWithin(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the JVM at once (SIGKILL): no shutdown hooks, no clean close of the database. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        if (!waitFor()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
