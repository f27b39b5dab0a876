package app.innkeep.ops.dist;

import app.innkeep.ops.run.AppProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a property and its vendor install: the two runnable jars, and the standby as a self-contained app image
 * ({@code jpackage}, with its own Java runtime, so the front-desk PC needs no JDK). Run after the build.
 */
public final class Distribution {

    private Distribution() {}

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println("""
                    Usage: ops/bin/innkeep dist [folder]

                    Builds everything, then puts into the folder (default <repo>/dist):
                      innkeep-cloud.jar     the cloud service (java -jar; see ops/deploy for systemd and Docker)
                      innkeep-standby.jar   the desktop standby (java -jar)
                      innkeep-standby/      the standby as an app image with its own Java runtime
                                            (bin/innkeep-standby), made with the JDK's jpackage""");
            return;
        }
        Path root = AppProcess.repositoryRoot();
        Path dest = args.length > 0 ? Path.of(args[0]) : root.resolve("dist");
        make(root, dest);
        System.out.println("Distribution in " + dest.toAbsolutePath());
    }

    /** Copies the jars and makes the standby's app image in {@code dest}; returns the image's launcher. */
    public static Path make(Path root, Path dest) throws IOException, InterruptedException {
        Files.createDirectories(dest);
        Path cloudJar = dest.resolve("innkeep-cloud.jar");
        Path standbyJar = dest.resolve("innkeep-standby.jar");
        Files.copy(
                root.resolve("cloud-service/target/cloud-service-0.1.0-SNAPSHOT.jar"),
                cloudJar,
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                root.resolve("desktop-standby/target/desktop-standby-0.1.0-SNAPSHOT.jar"),
                standbyJar,
                StandardCopyOption.REPLACE_EXISTING);

        Path jpackage = Path.of(System.getProperty("java.home"), "bin", "jpackage");
        if (!Files.isExecutable(jpackage)) {
            throw new IllegalStateException("this JDK has no jpackage (" + jpackage + "); the jars are in " + dest);
        }
        Path input = Files.createTempDirectory("innkeep-jpackage-input-");
        Files.copy(standbyJar, input.resolve("innkeep-standby.jar"));
        delete(dest.resolve("innkeep-standby"));
        Process p = new ProcessBuilder(
                        jpackage.toString(),
                        "--type",
                        "app-image",
                        "--name",
                        "innkeep-standby",
                        "--input",
                        input.toString(),
                        "--main-jar",
                        "innkeep-standby.jar",
                        "--main-class",
                        "app.innkeep.standby.StandbyApplication",
                        "--description",
                        "Innkeep desktop standby",
                        "--dest",
                        dest.toString())
                .inheritIO()
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("jpackage failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
        }
        delete(input);
        return dest.resolve("innkeep-standby/bin/innkeep-standby");
    }

    private static void delete(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> all = Files.walk(tree)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
