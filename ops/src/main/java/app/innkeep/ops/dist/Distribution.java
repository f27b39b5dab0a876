package app.innkeep.ops.dist;

import app.innkeep.ops.run.AppProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
                    Usage: ops/bin/innkeep dist [--type app-image|msi|pkg] [folder]

                    Builds everything, then puts into the folder (default <repo>/dist):
                      innkeep-cloud.jar     the cloud service (java -jar; see ops/deploy for systemd and Docker)
                      innkeep-standby.jar   the desktop standby (java -jar)
                      innkeep-standby/      the standby as an app image with its own Java runtime, made with
                                            the JDK's jpackage: bin/innkeep-standby and bin/innkeep-standby-cli
                    --type msi (on Windows, with WiX) or pkg (on macOS) makes that OS's installer instead of
                    the app image; the CI workflows in .github/workflows do.""");
            return;
        }
        Path root = AppProcess.repositoryRoot();
        List<String> rest = new ArrayList<>(List.of(args));
        Package type = Package.APP_IMAGE;
        int typeAt = rest.indexOf("--type");
        if (typeAt >= 0) {
            String named = typeAt + 1 < rest.size() ? rest.get(typeAt + 1) : "";
            type = java.util.Arrays.stream(Package.values())
                    .filter(p -> p.jpackageType.equals(named))
                    .findFirst()
                    .orElse(null);
            if (type == null) {
                System.err.println("innkeep dist: --type takes app-image, msi or pkg, not '" + named + "'");
                System.exit(2);
                return;
            }
            rest.subList(typeAt, typeAt + 2).clear();
        }
        Path dest = rest.isEmpty() ? root.resolve("dist") : Path.of(rest.getFirst());
        Path made = make(root, dest, type);
        System.out.println("Distribution in " + dest.toAbsolutePath() + " (" + made.getFileName() + ")");
    }

    /** What {@code --type} makes besides the jars: the app image here, an installer on a Windows or macOS runner. */
    public enum Package {
        /** A folder with the launchers and their own Java runtime (every OS; the Linux package). */
        APP_IMAGE("app-image"),
        /** Windows Installer package (needs WiX on the PATH): per-user, Start-menu and desktop shortcuts. */
        MSI("msi"),
        /** macOS installer package: the app into /Applications and its LaunchAgent. */
        PKG("pkg");

        final String jpackageType;

        Package(String jpackageType) {
            this.jpackageType = jpackageType;
        }
    }

    /**
     * Fixed for good: Windows Installer replaces an installed standby with a new version only when both carry the same
     * upgrade code (ADR 0023). Never change it, or a new version installs beside the old one.
     */
    public static final String WINDOWS_UPGRADE_UUID = "5d0b8f3e-2c4a-4e61-9a57-6f1c3b2e8d94";

    /**
     * The standby's version as installers need it (numbers only, the pom's without -SNAPSHOT). Raise it with every
     * release: Windows Installer and macOS replace an installed version only with a higher one.
     */
    static final String VERSION = "0.1.0";

    /**
     * The JVM options of every standby launcher: the app and its CLI, packaged ({@code jpackage}) and from the
     * checkout ({@code ops/bin/innkeep standby}, {@code standby-cli}, which must say the same; a test reads it). A
     * front-desk PC has two to four cores and a standby works in bursts (a sync, a desk screen, a report) after a
     * start: the quick compiler alone and the serial collector leave the cores to that work instead of to C2's
     * compilations and G1's concurrent threads. Measured by {@code bench sync} (2 CPUs): a 20,000-event catch-up
     * after a start 2.0 s with the JDK's defaults, 1.35 s with these; its resident memory 307 MB and 264 MB.
     */
    public static final List<String> STANDBY_JAVA_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** Copies the jars and makes the standby's app image in {@code dest}; returns the image's launcher. */
    public static Path make(Path root, Path dest) throws IOException, InterruptedException {
        return make(root, dest, Package.APP_IMAGE);
    }

    /**
     * Copies the jars and makes the standby's package in {@code dest}: for the app image, returns its main launcher
     * ({@code innkeep-standby/bin/innkeep-standby}, beside it {@code innkeep-standby-cli}); for an installer, the
     * installer file.
     */
    public static Path make(Path root, Path dest, Package type) throws IOException, InterruptedException {
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

        Path jpackage = Path.of(System.getProperty("java.home"), "bin", jpackageName());
        if (!Files.isExecutable(jpackage)) {
            throw new IllegalStateException("this JDK has no jpackage (" + jpackage + "); the jars are in " + dest);
        }
        Path input = Files.createTempDirectory("innkeep-jpackage-input-");
        Path work = Files.createTempDirectory("innkeep-jpackage-");
        Files.copy(standbyJar, input.resolve("innkeep-standby.jar"));
        delete(dest.resolve("innkeep-standby"));
        List<String> command = new ArrayList<>(List.of(
                jpackage.toString(),
                "--type",
                type.jpackageType,
                "--name",
                "innkeep-standby",
                "--app-version",
                VERSION,
                "--vendor",
                "Innkeep",
                "--input",
                input.toString(),
                "--main-jar",
                "innkeep-standby.jar",
                "--main-class",
                "app.innkeep.standby.StandbyApplication",
                "--description",
                "Innkeep desktop standby",
                "--add-launcher",
                "innkeep-standby-cli=" + cliLauncher(work),
                "--java-options",
                String.join(" ", STANDBY_JAVA_OPTIONS),
                "--dest",
                dest.toString()));
        command.addAll(
                switch (type) {
                    case APP_IMAGE -> List.<String>of();
                    case MSI ->
                        List.of(
                                "--win-upgrade-uuid",
                                WINDOWS_UPGRADE_UUID,
                                // Installed for the front-desk account (no administrator needed), which also runs it
                                // and
                                // owns its data folder; the logon task is that account's (ADR 0023).
                                "--win-per-user-install",
                                "--win-menu",
                                "--win-menu-group",
                                "Innkeep",
                                "--win-shortcut",
                                "--resource-dir",
                                root.resolve("ops/packaging/windows").toString());
                    case PKG ->
                        List.of(
                                "--mac-package-identifier",
                                "app.innkeep.standby",
                                "--resource-dir",
                                root.resolve("ops/packaging/macos").toString());
                });
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("jpackage failed (exit " + (p.isAlive() ? "timeout" : p.exitValue()) + ")");
        }
        delete(input);
        delete(work);
        return switch (type) {
            case APP_IMAGE -> dest.resolve("innkeep-standby").resolve("bin").resolve("innkeep-standby");
            case MSI -> dest.resolve("innkeep-standby-" + VERSION + ".msi");
            case PKG -> dest.resolve("innkeep-standby-" + VERSION + ".pkg");
        };
    }

    /**
     * The CLI as a launcher of its own in every package ({@code innkeep-standby-cli status} needs no bash, no JDK):
     * same jar, its own main class, a console on Windows, and the quick start the bash launcher gives it too.
     */
    private static String cliLauncher(Path work) throws IOException {
        Path properties = work.resolve("innkeep-standby-cli.properties");
        Files.writeString(properties, """
                main-class=app.innkeep.standby.cli.StandbyCli
                description=Innkeep standby command line
                win-console=true
                java-options=%s
                """.formatted(String.join(" ", STANDBY_JAVA_OPTIONS)));
        return properties.toString();
    }

    private static String jpackageName() {
        return System.getProperty("os.name").startsWith("Windows") ? "jpackage.exe" : "jpackage";
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
