package app.innkeep.ops.bench;

import app.innkeep.ops.dist.Distribution;
import app.innkeep.ops.run.AppProcess;
import app.innkeep.ops.run.Http;
import app.innkeep.ops.run.LargeReplica;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the downtime-pack export of a large property (1,000 rooms, about 6,800 bookings) on a standby running as in
 * production (its own JVM, encrypted replica), against a baseline taken in the same run: reading the same rows
 * (every room, booking and folio line) with plain queries from a copy of the same replica. Alternating A/B, repeated,
 * min/median/max. Ratios travel between machines; absolute times less so.
 *
 * <p>Run with {@code ops/bin/innkeep bench export [--rooms N] [--bookings N] [--runs N]}.
 */
public final class ExportBenchmark {

    private static final List<String> USAGE = List.of(
            "Usage: ops/bin/innkeep bench export [--rooms N] [--bookings N] [--runs N]",
            "  --rooms     rooms of the property (default 1000)",
            "  --bookings  bookings, about 6.8 per room (default 6800)",
            "  --runs      measured A/B rounds after two warm-up rounds (default 5)");

    private static final String[] PLAIN_READS = {
        "SELECT * FROM ROOM", "SELECT * FROM BOOKING", "SELECT * FROM FOLIO_LINE"
    };

    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args, USAGE, BenchOptions.Unknown.REFUSE);
        int rooms = Integer.parseInt(options.getOrDefault("--rooms", "1000"));
        int bookings = Integer.parseInt(options.getOrDefault("--bookings", "6800"));
        int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
        System.out.printf(
                "Downtime-pack export benchmark: JDK %s, %d CPUs; %,d rooms, %,d bookings%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), rooms, bookings);

        Path dir = Files.createTempDirectory("innkeep-bench-export-");
        Path data = dir.resolve("standby");
        Path copy = dir.resolve("baseline");
        Map<String, String> env = Map.of(
                "INNKEEP_STANDBY_DATA_DIR",
                data.toString(),
                "INNKEEP_STANDBY_SYNC_ENABLED",
                "false",
                "INNKEEP_STANDBY_BACKUP_ENABLED",
                "false",
                // Started as the packaged standby is, with its launcher's options.
                "JAVA_TOOL_OPTIONS",
                String.join(" ", Distribution.STANDBY_JAVA_OPTIONS));
        // The first start creates the encrypted replica and its schema; the property is then written straight into it.
        try (AppProcess first = AppProcess.start(
                "bench-export-standby-create", "desktop-standby", "app.innkeep.standby.StandbyApplication", env)) {
            System.out.println("Standby created at " + first.uri());
        }
        LocalDate today = LocalDate.now();
        LargeReplica.Seeded seeded;
        try (Connection c = LargeReplica.open(data)) {
            seeded = LargeReplica.seed(c, today, rooms, bookings);
            LargeReplica.pretendPaired(c, today);
        } finally {
            LargeReplica.close(data);
        }
        System.out.printf(
                "Replica written: %,d rooms, %,d bookings (%,d in house), %,d folio lines%n",
                seeded.rooms(), seeded.bookings(), seeded.inHouse(), seeded.folioLines());
        copyTree(data, copy);

        long[] export = new long[runs];
        long[] baseline = new long[runs];
        try (AppProcess standby = AppProcess.start(
                        "bench-export-standby", "desktop-standby", "app.innkeep.standby.StandbyApplication", env);
                Connection plain = LargeReplica.open(copy)) {
            String operator = Http.operatorToken(data);
            for (int warm = 0; warm < 2; warm++) {
                exportOnce(standby, operator);
                plainReads(plain);
            }
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                exportOnce(standby, operator);
                long t1 = System.nanoTime();
                plainReads(plain);
                long t2 = System.nanoTime();
                export[r] = t1 - t0;
                baseline[r] = t2 - t1;
            }
        } finally {
            LargeReplica.close(copy);
        }
        System.out.println();
        System.out.printf("After 2 warm-up rounds, %d rounds alternating A/B (seconds: min / median / max)%n", runs);
        System.out.printf(
                "  B  plain reads of every room, booking, folio line  %s   (baseline)%n", Samples.stats(baseline));
        System.out.printf(
                "  A  downtime-pack export (read, PDF, file)          %s   ratio %.1f (medians)%n",
                Samples.stats(export), Samples.median(export) / Samples.median(baseline));
    }

    private static void exportOnce(AppProcess standby, String operator) {
        var answer = Http.post(standby.uri(), "/api/downtime-pack", operator, null);
        if (answer.status() != 200 || !"PRINTED".equals(answer.json().requiredString("outcome"))) {
            throw new IllegalStateException(
                    "the export failed: " + answer.status() + " " + answer.body() + "\n" + standby.logText());
        }
    }

    private static void plainReads(Connection c) throws SQLException {
        long cells = 0;
        try (Statement st = c.createStatement()) {
            for (String sql : PLAIN_READS) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            if (rs.getObject(i) != null) {
                                cells++;
                            }
                        }
                    }
                }
            }
        }
        if (cells == 0) {
            throw new IllegalStateException("the baseline read nothing");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lck")) {
                    Files.copy(p, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
