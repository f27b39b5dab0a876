package app.innkeep.ops.bench;

import app.innkeep.ops.run.AppProcess;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The cloud under a fleet of standbys (issue 19): two cloud instances, each in its own JVM, on one PostgreSQL database
 * made for the run; N simulated standbys in this JVM pulling their feeds on the real schedule compressed in time, while
 * the desks of some properties book, charge and take payments through the cloud's API. Run for each fleet size in turn
 * (1,000 then 10,000 by default) on the same clouds, so growth is printed as a ratio; then the cost of an up-to-date
 * poll against a poll that reads a full page, alternating A/B.
 *
 * <p>Run with {@code ops/bin/innkeep bench fleet [--standbys N,N] [--hour S] …} ({@code --help}).
 */
public final class FleetBenchmark {

    private static final List<String> USAGE = List.of(
            "Usage: ops/bin/innkeep bench fleet [--standbys N[,N...]] [--hour SECONDS] [--hours N] [--writing N]"
                    + " [--write-rate N] [--pairs N] [--postgres JDBC-URL [--pg-user USER]] [--cloud-heap SIZE]",
            "  --standbys    fleet sizes, run one after the other on the same clouds (default 1000,10000)",
            "  --hour        seconds one hour of the standbys' schedule takes (default 60: an hour in a minute)",
            "  --hours       compressed hours per fleet size (default 1: every standby pulls once)",
            "  --writing     properties the desks write to (default 50: one 1,000-room hotel, the rest 10-60 rooms)",
            "  --write-rate  desk writes (events) per second across them, in proportion to rooms (default 30)",
            "  --pairs       A/B pairs of the up-to-date poll against a full page (default 5, 2 s each side)",
            "  --postgres    PostgreSQL to run on (default jdbc:postgresql://127.0.0.1:5432/postgres; a database of its"
                    + " own is created for the run and dropped at the end); --pg-user USER (default postgres)",
            "  --cloud-heap  -Xmx of each cloud instance (default 512m)",
            "Example of a quick check: --standbys 20,100 --hour 5 --writing 3 --write-rate 5 --pairs 1");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchOptions.parse(args, USAGE, BenchOptions.Unknown.REFUSE);
        int[] sizes = Arrays.stream(o.getOrDefault("--standbys", "1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .sorted()
                .toArray();
        Duration hour = Duration.ofMillis((long) (Double.parseDouble(o.getOrDefault("--hour", "60")) * 1000));
        int hours = Integer.parseInt(o.getOrDefault("--hours", "1"));
        int writing = Math.min(Integer.parseInt(o.getOrDefault("--writing", "50")), sizes[0]);
        double writeRate = Double.parseDouble(o.getOrDefault("--write-rate", "30"));
        int pairs = Integer.parseInt(o.getOrDefault("--pairs", "5"));
        String server = o.getOrDefault("--postgres", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = o.getOrDefault("--pg-user", "postgres");
        String heapSize = o.getOrDefault("--cloud-heap", "512m");
        int largest = sizes[sizes.length - 1];
        System.out.printf(
                "Innkeep fleet benchmark: JDK %s, %d CPUs; fleets of %s standbys, one hour of their schedule in %.0f s"
                        + " (%d h); %d properties written at %.0f events/s; two cloud instances (-Xmx%s) on PostgreSQL%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Arrays.toString(sizes),
                hour.toMillis() / 1000.0,
                hours,
                writing,
                writeRate,
                heapSize);

        ScratchDatabase database = ScratchDatabase.create(server, user, "innkeep_bench_fleet_");
        Path dir = Files.createTempDirectory("innkeep-bench-fleet-");
        List<AppProcess> clouds = new ArrayList<>();
        try (Connection pg = DriverManager.getConnection(database.url(), user, "")) {
            // 1. The written properties through the cloud's services (this JVM, then closed), the rest as rows.
            long t0 = System.nanoTime();
            int[] writtenSizes = Fleet.writtenSizes(writing, 19);
            List<String> written;
            try (EmbeddedServer setup = ApplicationContext.run(EmbeddedServer.class, cloudProperties(database, dir))) {
                written = Fleet.openWritten(setup.getApplicationContext(), writtenSizes);
            }
            List<Fleet.Member> fleet = Fleet.complete(database.url(), user, written, writtenSizes, largest);
            System.out.printf(
                    "Set-up: %,d properties with a paired standby each (%d written to: %s rooms), in %.1f s%n",
                    fleet.size(), writing, Arrays.stream(writtenSizes).sum(), (System.nanoTime() - t0) / 1e9);

            // 2. Two cloud instances sharing the database and the login-signing secret.
            String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
            for (String name : List.of("fleet-cloud-a", "fleet-cloud-b")) {
                clouds.add(AppProcess.start(
                        name,
                        "cloud-service",
                        "app.innkeep.cloud.CloudApplication",
                        cloudEnvironment(database, dir.resolve(name), secret, heapSize)));
            }
            List<URI> uris = clouds.stream().map(AppProcess::uri).toList();
            System.out.printf(
                    "Clouds: %s (logs: %s)%n",
                    uris, clouds.stream().map(c -> c.log().toString()).toList());
            HttpClient http = FleetPolls.client();
            FleetWrites desks = FleetWrites.open(http, fleet.subList(0, writing), uris);
            // Both clouds warmed up (JIT) with both kinds of poll before anything is measured.
            for (URI uri : uris) {
                warmUp(http, uri, clouds, fleet);
            }

            // 3. Each fleet size on the same clouds.
            System.out.println();
            System.out.printf(
                    "%8s %9s %8s %8s %8s %9s %9s %9s %7s %8s %9s %9s %7s %8s %7s %14s %14s %6s%n",
                    "standbys",
                    "feed req/s",
                    "p50 ms",
                    "p95 ms",
                    "p99 ms",
                    "no news",
                    "w/ events",
                    "events",
                    "writes",
                    "pg conn",
                    "pg xact/s",
                    "evt reads",
                    "pg cpu",
                    "cpu a+b",
                    "cpu %",
                    "heap a",
                    "heap b",
                    "errors");
            List<double[]> rows = new ArrayList<>();
            for (int n : sizes) {
                rows.add(phase(n, fleet.subList(0, n), pg, database, clouds, http, desks, hour, hours, writeRate));
            }
            if (rows.size() > 1) {
                double[] small = rows.getFirst();
                double[] big = rows.getLast();
                System.out.printf(
                        "Growth %,d → %,d standbys (×%.0f): feed req/s ×%.1f, p50 ×%.2f, p99 ×%.2f, PostgreSQL"
                                + " transactions/s ×%.1f, peak connections ×%.2f, cloud CPU ×%.1f, PostgreSQL CPU ×%.1f%n",
                        sizes[0],
                        largest,
                        (double) largest / sizes[0],
                        big[0] / small[0],
                        big[1] / small[1],
                        big[3] / small[3],
                        big[5] / small[5],
                        big[4] / small[4],
                        big[6] / small[6],
                        big[7] / small[7]);
            }

            // 4. Client-timed statements: the fast path's one read, and a full page's read.
            queryTimes(pg, fleet);

            // 5. An up-to-date poll against a poll of one full page, alternating, on a quiet cloud.
            upToDateCost(http, uris.getFirst(), clouds, fleet, pairs);
        } finally {
            for (AppProcess cloud : clouds) {
                cloud.close();
            }
            database.drop();
            System.out.println("Scratch database " + database.name() + " dropped.");
        }
        System.exit(0); // the HTTP client's threads would keep the JVM up
    }

    /** One fleet size: its standbys pull for {@code hours} compressed hours while the desks write; one printed row. */
    private static double[] phase(
            int n,
            List<Fleet.Member> members,
            Connection pg,
            ScratchDatabase database,
            List<AppProcess> clouds,
            HttpClient http,
            FleetWrites desks,
            Duration hour,
            int hours,
            double writeRate)
            throws Exception {
        var heads = Fleet.heads(pg);
        CloudGauges.settle(pg);
        var before = CloudGauges.database(pg, database.name());
        double cpuBefore = clouds.stream()
                .mapToDouble(c -> CloudGauges.cpuSeconds(c.pid()))
                .sum();
        double pgCpuBefore = CloudGauges.databaseCpuSeconds(pg, database.name());
        long writtenBefore = desks.written.get();
        long writeErrorsBefore = desks.errorCount();
        long skippedBefore = desks.skipped.get();
        long[] peakConnections = {0};
        Thread sampler = Thread.ofVirtual().start(() -> {
            try (Connection c = DriverManager.getConnection(database.url(), database.user(), "")) {
                while (!Thread.currentThread().isInterrupted()) {
                    c.createStatement().execute("SELECT pg_stat_clear_snapshot()");
                    peakConnections[0] = Math.max(
                            peakConnections[0],
                            CloudGauges.database(c, database.name()).connections() - 2);
                    Thread.sleep(500);
                }
            } catch (InterruptedException stop) {
                // the phase is over
            } catch (Exception e) {
                System.err.println("connection sampler: " + e);
            }
        });
        long t0 = System.nanoTime();
        desks.start(writeRate);
        FleetPolls.Tally tally =
                new FleetPolls(http, clouds.stream().map(AppProcess::uri).toList()).run(members, heads, hour, hours, n);
        desks.stop();
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        double cpu = clouds.stream()
                        .mapToDouble(c -> CloudGauges.cpuSeconds(c.pid()))
                        .sum()
                - cpuBefore;
        double pgCpu = CloudGauges.databaseCpuSeconds(pg, database.name()) - pgCpuBefore;
        CloudGauges.settle(pg);
        var after = CloudGauges.database(pg, database.name());
        double[] p = tally.percentilesMillis(0.50, 0.95, 0.99);
        double requestRate = tally.requests.get() / seconds;
        double xactRate = (after.transactions() - before.transactions()) / seconds;
        long errors = tally.errorCount() + desks.errorCount() - writeErrorsBefore;
        System.out.printf(
                "%,8d %9.1f %8.1f %8.1f %8.1f %9d %9d %9d %7d %8d %9.0f %9d %6.1fs %7.1fs %6.0f%% %14s %14s %6d%n",
                n,
                requestRate,
                p[0],
                p[1],
                p[2],
                tally.noNews.get(),
                tally.withEvents.get(),
                tally.events.get(),
                desks.written.get() - writtenBefore,
                peakConnections[0],
                xactRate,
                after.eventTableReads() - before.eventTableReads(),
                pgCpu,
                cpu,
                100 * cpu / seconds,
                CloudGauges.heap(clouds.get(0).pid())
                        + String.format(
                                " %.0fR", CloudGauges.rssMegabytes(clouds.get(0).pid())),
                CloudGauges.heap(clouds.get(1).pid())
                        + String.format(
                                " %.0fR", CloudGauges.rssMegabytes(clouds.get(1).pid())),
                errors);
        System.out.printf(
                "  %,d standbys: %,d pulls (%,d requests, %.1f MB); desks wrote %.1f events/s of the %.0f asked"
                        + " (%,d skipped while their property's last write was still on its way)%n",
                n,
                tally.pulls.get(),
                tally.requests.get(),
                tally.bytes.get() / 1e6,
                (desks.written.get() - writtenBefore) / seconds,
                writeRate,
                desks.skipped.get() - skippedBefore);
        if (errors > 0) {
            System.out.println("  errors: polls " + tally.errors + ", writes " + desks.errors);
        }
        return new double[] {requestRate, p[0], p[1], p[2], peakConnections[0], xactRate, cpu, pgCpu};
    }

    /** The two statements of a poll, timed from here over JDBC (pg_stat_statements needs a server restart to load). */
    private static void queryTimes(Connection pg, List<Fleet.Member> fleet) throws Exception {
        Fleet.Member quiet = fleet.getLast();
        Fleet.Member big = fleet.getFirst();
        long head = Fleet.heads(pg).get(big.propertyId());
        int page = (int) Math.min(FleetPolls.PAGE, head);
        String atHead = app.innkeep.cloud.pairing.Devices.AT_HEAD;
        String pageRead = "SELECT SEQUENCE_NO, PAYLOAD FROM OUTBOX_EVENT WHERE PROPERTY_ID = ? AND SEQUENCE_NO > ?"
                + " ORDER BY SEQUENCE_NO OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY";
        long[] fast = new long[5];
        long[] full = new long[5];
        int runs = 200;
        try (PreparedStatement a = pg.prepareStatement(atHead);
                PreparedStatement b = pg.prepareStatement(pageRead)) {
            a.setString(1, Fleet.hash(quiet.credential()));
            b.setLong(1, big.propertyId());
            b.setLong(2, head - page);
            b.setInt(3, page);
            for (int round = 0; round < 6; round++) {
                long ta = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    drain(a.executeQuery());
                }
                long tb = System.nanoTime();
                for (int i = 0; i < runs / 10; i++) {
                    drain(b.executeQuery());
                }
                long tc = System.nanoTime();
                if (round > 0) { // the first round warms up
                    fast[round - 1] = (tb - ta) / runs;
                    full[round - 1] = (tc - tb) / (runs / 10);
                }
            }
        }
        System.out.printf(
                "Statements timed from the bench over JDBC, median of 5 rounds: the up-to-date poll's one read"
                        + " (device + property + head + data choice) %.3f ms; a page of %d events %.2f ms%n",
                Samples.median(fast) / 1e6, page, Samples.median(full) / 1e6);
    }

    private static void drain(ResultSet rs) throws Exception {
        try (rs) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static void warmUp(HttpClient http, URI cloud, List<AppProcess> clouds, List<Fleet.Member> fleet)
            throws Exception {
        Fleet.Member big = fleet.getFirst();
        var first = http.send(FleetPolls.request(cloud, big, 0, 1), HttpResponse.BodyHandlers.ofByteArray());
        long head = FleetPolls.number(FleetPolls.body(first), "\"head\":");
        List<Fleet.Member> quiet =
                fleet.stream().filter(m -> m.rooms() == 0).limit(500).toList();
        int page = (int) Math.min(FleetPolls.PAGE, head);
        for (boolean gzip : new boolean[] {true, false}) {
            side(http, cloud, clouds, quiet, big, head, page, true, gzip);
            side(http, cloud, clouds, quiet, big, head, page, false, gzip);
        }
    }

    /**
     * A: up-to-date polls of quiet standbys; B: polls that each read one full page of the 1,000-room hotel's feed.
     * Each side runs one request at a time for two seconds; per request, its time and the clouds' CPU. Alternating.
     */
    private static void upToDateCost(
            HttpClient http, URI cloud, List<AppProcess> clouds, List<Fleet.Member> fleet, int pairs) throws Exception {
        // First as the standby asks (gzip: a page of events travels compressed), then without compression, where the
        // full page costs the cloud least and the ratio is hardest.
        upToDateCost(http, cloud, clouds, fleet, pairs, true);
        upToDateCost(http, cloud, clouds, fleet, pairs, false);
    }

    private static void upToDateCost(
            HttpClient http, URI cloud, List<AppProcess> clouds, List<Fleet.Member> fleet, int pairs, boolean gzip)
            throws Exception {
        Fleet.Member big = fleet.getFirst();
        var first = http.send(FleetPolls.request(cloud, big, 0, 1), HttpResponse.BodyHandlers.ofByteArray());
        long head = FleetPolls.number(FleetPolls.body(first), "\"head\":");
        int page = (int) Math.min(FleetPolls.PAGE, head);
        List<Fleet.Member> quiet =
                fleet.stream().filter(m -> m.rooms() == 0).limit(500).toList();
        double[] timeRatio = new double[pairs];
        double[] cpuRatio = new double[pairs];
        double[][] perRequest = new double[pairs][4];
        for (int pair = 0; pair < pairs; pair++) {
            boolean upToDateFirst = pair % 2 == 0;
            double[] a = side(http, cloud, clouds, quiet, big, head, page, upToDateFirst, gzip);
            double[] b = side(http, cloud, clouds, quiet, big, head, page, !upToDateFirst, gzip);
            double[] upToDate = upToDateFirst ? a : b;
            double[] full = upToDateFirst ? b : a;
            timeRatio[pair] = upToDate[0] / full[0];
            cpuRatio[pair] = upToDate[1] / full[1];
            perRequest[pair] = new double[] {upToDate[0], full[0], upToDate[1], full[1]};
        }
        Arrays.sort(timeRatio);
        Arrays.sort(cpuRatio);
        double[] medians = new double[4];
        for (int k = 0; k < 4; k++) {
            int col = k;
            double[] v =
                    Arrays.stream(perRequest).mapToDouble(r -> r[col]).sorted().toArray();
            medians[k] = v[v.length / 2];
        }
        System.out.printf(
                "Up-to-date poll against a poll of one full page (%d events), %s, %d alternating pairs of 2 s each,"
                        + " one request at a time:%n",
                page, gzip ? "as the standby asks (Accept-Encoding: gzip)" : "without compression", pairs);
        System.out.printf(
                "  time per request     %.2f ms against %.2f ms: ratio min/median/max %.3f / %.3f / %.3f%n",
                medians[0], medians[1], timeRatio[0], timeRatio[pairs / 2], timeRatio[pairs - 1]);
        System.out.printf(
                "  cloud CPU per request %.2f ms against %.2f ms: ratio min/median/max %.3f / %.3f / %.3f"
                        + "   (target: at most 0.10) %s%n",
                medians[2],
                medians[3],
                cpuRatio[0],
                cpuRatio[pairs / 2],
                cpuRatio[pairs - 1],
                cpuRatio[pairs / 2] <= 0.10 ? "MET" : "NOT MET");
    }

    /** Two seconds of one kind of request, one at a time: milliseconds per request, cloud CPU ms per request. */
    private static double[] side(
            HttpClient http,
            URI cloud,
            List<AppProcess> clouds,
            List<Fleet.Member> quiet,
            Fleet.Member big,
            long head,
            int page,
            boolean upToDate,
            boolean gzip)
            throws Exception {
        double cpu0 = clouds.stream()
                .mapToDouble(c -> CloudGauges.cpuSeconds(c.pid()))
                .sum();
        long t0 = System.nanoTime();
        long end = t0 + 2_000_000_000L;
        int count = 0;
        while (System.nanoTime() < end) {
            var request = upToDate
                    ? FleetPolls.request(cloud, quiet.get(count % quiet.size()), 0, FleetPolls.PAGE, gzip)
                    : FleetPolls.request(cloud, big, head - page, page, gzip);
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200
                    || FleetPolls.number(FleetPolls.body(response), "\"next\":") != (upToDate ? 0 : head)) {
                throw new IllegalStateException("unexpected answer " + response.statusCode() + ": "
                        + new String(response.body(), 0, Math.min(300, response.body().length)));
            }
            count++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = clouds.stream()
                        .mapToDouble(c -> CloudGauges.cpuSeconds(c.pid()))
                        .sum()
                - cpu0;
        return new double[] {1000 * seconds / count, 1000 * cpu / count};
    }

    private static Map<String, Object> cloudProperties(ScratchDatabase database, Path dir) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", database.url());
        props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        props.put("datasources.default.username", database.user());
        props.put("innkeep.data-dir", dir.resolve("setup").toString());
        props.put("micronaut.server.port", -1);
        props.put("innkeep.password.iterations", 1000);
        props.put("innkeep.test.fault-injection", "enabled");
        props.put("innkeep.bootstrap.support-password", "benchmark support password");
        // The set-up cloud shares this console: its routine lines would break up the figures.
        props.put("logger.levels.app.innkeep", "ERROR");
        props.put("logger.levels.org.flywaydb", "ERROR");
        return props;
    }

    private static Map<String, String> cloudEnvironment(
            ScratchDatabase database, Path dir, String secret, String heapSize) {
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", database.url());
        env.put("DATASOURCES_DEFAULT_DRIVER_CLASS_NAME", "org.postgresql.Driver");
        env.put("DATASOURCES_DEFAULT_USERNAME", database.user());
        env.put("INNKEEP_DATA_DIR", dir.toString());
        env.put("INNKEEP_JWT_SECRET", secret);
        // The desks' logins were hashed cheaply at set-up; the bench measures the feed, not password hashing.
        env.put("INNKEEP_PASSWORD_ITERATIONS", "1000");
        env.put("INNKEEP_TEST_FAULT_INJECTION", "enabled");
        env.put("INNKEEP_BOOTSTRAP_SUPPORT_PASSWORD", "benchmark support password");
        env.put("JAVA_TOOL_OPTIONS", "-Xmx" + heapSize);
        return env;
    }
}
