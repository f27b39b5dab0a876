package app.innkeep.ops.bench;

import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.pairing.PairingService;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.ops.dist.Distribution;
import app.innkeep.ops.run.Http;
import app.innkeep.ops.run.LargeReplica;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How fast a standby keeps up with a busy property, each figure against a baseline taken alternately with it in the
 * same run (these machines are noisy; ratios travel, absolute times do not):
 *
 * <ol>
 *   <li>bootstrap (the pairing's wall time) of a 1,000-room property with a year of history, against a raw bulk load of
 *       the same rows into the same encrypted Derby;
 *   <li>the incremental pull of a peak hour's feed against downloading the full snapshot (time and bytes);
 *   <li>the apply of 2,000 and 20,000 events of a realistic mix by a standby just started, triggered with
 *       {@code standby-cli sync}: the standby's time from its own run record, the CLI's wall time beside it, and the
 *       apply rate against a raw batched insert of the same rows into the same encrypted Derby;
 *   <li>the standby's peak heap and RSS through all of it, under {@code -Xmx256m}.
 * </ol>
 *
 * The baselines ({@link RawLoad}) run as the standby does, in a JVM just started, and write the same rows into copies
 * of the replica's tables with the same indexes (the work Derby cannot spare for rows the desk must find by name and
 * date); the same load into copies without any index, and without indexes in the warm JVM of the benchmark, are
 * printed beside them. The cloud runs in this JVM (embedded Derby), its property and feed written straight through its
 * own tables and outbox; every standby is a JVM of its own, started fresh for each measured run, as in production.
 *
 * <p>Run with {@code ops/bin/innkeep bench sync [--rooms N] [--history-days N] [--events N,N] [--pairs N]}.
 */
public final class SyncBenchmark {

    static final String PROPERTY = "GRD";
    private static final List<String> USAGE = List.of(
            "Usage: ops/bin/innkeep bench sync [--rooms N] [--history-days N] [--events N[,N...]] [--pairs N]"
                    + " [--postgres JDBC-URL [--pg-user USER]] [--jfr DIR]",
            "  --rooms         rooms of the property (default 1000)",
            "  --history-days  days of past stays in the cloud (default 365; the snapshot"
                    + " carries the cloud's default 90)",
            "  --events        sizes of the feed to catch up, the first also pulled against"
                    + " the snapshot (default 2000,20000)",
            "  --pairs         A/B pairs of every measure (default 3)",
            "  --postgres URL  run the cloud on PostgreSQL, as in production (URL of a database to"
                    + " connect to, e.g. jdbc:postgresql://127.0.0.1:5432/postgres; a database of its own is created"
                    + " beside it for the run and dropped at the end); --pg-user USER (default postgres)",
            "  --jfr DIR       each standby writes a flight recording (JFR, profile settings)"
                    + " into DIR, for finding where its time goes; the figures then include the recorder's cost",
            "Example of a quick check: --rooms 100 --history-days 30 --events 200,500 --pairs 1",
            "Environment: INNKEEP_BENCH_STANDBY_JAVA_OPTIONS adds JVM options to every standby"
                    + " (to try a setting, e.g. -Dderby.storage.pageCacheSize=4000)");

    private final Path dir;
    private final ApplicationContext cloud;
    private final URI cloudUri;
    private final PropertyRow property;

    private SyncBenchmark(Path dir, ApplicationContext cloud, URI cloudUri, PropertyRow property) {
        this.dir = dir;
        this.cloud = cloud;
        this.cloudUri = cloudUri;
        this.property = property;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args, USAGE, BenchOptions.Unknown.REFUSE);
        int rooms = Integer.parseInt(options.getOrDefault("--rooms", "1000"));
        int historyDays = Integer.parseInt(options.getOrDefault("--history-days", "365"));
        int pairs = Integer.parseInt(options.getOrDefault("--pairs", "3"));
        if (options.containsKey("--jfr")) {
            BenchStandby.jfrDir =
                    Files.createDirectories(Path.of(options.get("--jfr")).toAbsolutePath());
        }
        int[] sizes = Arrays.stream(
                        options.getOrDefault("--events", "2000,20000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
        System.out.printf(
                "Innkeep sync benchmark: JDK %s, %d CPUs; %,d rooms, %d days of history; %s events; %d pairs%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                rooms,
                historyDays,
                Arrays.toString(sizes),
                pairs);
        Path dir = Files.createTempDirectory("innkeep-bench-sync-");
        Map<String, Object> props = new HashMap<>();
        props.put("innkeep.data-dir", dir.resolve("cloud").toString());
        // The cloud on PostgreSQL, as in production: a database of its own for this run, dropped at the end.
        String postgres = options.get("--postgres");
        ScratchDatabase database = null;
        String cloudDatabase = "embedded Derby";
        if (postgres != null) {
            database = ScratchDatabase.create(postgres, options.getOrDefault("--pg-user", "postgres"));
            props.put("datasources.default.url", database.url());
            props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
            props.put("datasources.default.username", database.user());
            cloudDatabase = "PostgreSQL, database " + database.name();
        }
        props.put("micronaut.server.port", -1);
        props.put("innkeep.password.iterations", 1000);
        props.put("innkeep.test.fault-injection", "enabled");
        props.put("innkeep.bootstrap.support-password", "benchmark support password");
        // The cloud shares this console: its routine lines (pairings, snapshots) would break up the figures.
        props.put("logger.levels.app.innkeep", "WARN");
        props.put("logger.levels.org.flywaydb", "ERROR");
        LocalDate businessDate = LocalDate.now(ZoneOffset.UTC);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            ApplicationContext ctx = server.getApplicationContext();
            long t0 = System.nanoTime();
            var opened = BusyProperty.open(ctx, PROPERTY, businessDate, rooms, historyDays);
            System.out.printf(
                    "Cloud (in this JVM, %s) at %s: property %s written in %.1f s: %,d rooms, %,d bookings,"
                            + " %,d folio lines over %d days and %d ahead%n",
                    cloudDatabase,
                    server.getURI(),
                    PROPERTY,
                    (System.nanoTime() - t0) / 1e9,
                    opened.rooms(),
                    opened.bookings(),
                    opened.folioLines(),
                    historyDays,
                    BusyProperty.FUTURE_DAYS);
            System.out.println("Standbys: each a JVM of its own with the launcher's options ("
                    + String.join(" ", Distribution.STANDBY_JAVA_OPTIONS)
                    + ") and -Xmx256m, and its AES-encrypted replica, started fresh for every measured run; scheduled"
                    + " sync, backups and the after-sync downtime pack off (they run outside the measured work). The raw"
                    + " loads' JVMs are started with the same options.");
            new SyncBenchmark(dir, ctx, server.getURI(), opened.property()).run(rooms, businessDate, sizes, pairs);
        } finally {
            // A full run leaves a few hundred MB of databases behind otherwise.
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
            if (database != null) {
                database.drop();
            }
        }
    }

    private void run(int rooms, LocalDate businessDate, int[] sizes, int pairs) throws Exception {
        PeakHour hour = new PeakHour(businessDate, rooms);

        // 1. Bootstrap against a raw bulk load of the same rows.
        long[] pairing = new long[pairs];
        long[] bulk = new long[pairs];
        long[] warmBulk = new long[pairs];
        long[] keylessBulk = new long[pairs];
        long rows = 0;
        StandbyMemory bootstrapMemory = StandbyMemory.NONE;
        Path data = null;
        for (int p = 0; p < pairs; p++) {
            data = dir.resolve("standby-" + p);
            try (BenchStandby standby = BenchStandby.start(data, "bench-sync-bootstrap-" + p)) {
                String code = cloud.getBean(PairingService.class)
                        .createCode(admin(), PROPERTY)
                        .code();
                long t0 = System.nanoTime();
                var paired = Http.post(
                        standby.uri(),
                        "/api/pair",
                        Http.operatorToken(data),
                        Map.of("cloudUrl", cloudUri.toString(), "code", code, "deviceName", "Bench standby " + p));
                pairing[p] = System.nanoTime() - t0;
                if (paired.status() != 200 || !"OK".equals(paired.json().requiredString("result"))) {
                    throw new IllegalStateException("pairing failed: " + paired.status() + " " + paired.body() + "\n"
                            + standby.process.logText());
                }
                bootstrapMemory = bootstrapMemory.max(standby.memory());
            }
            RawLoad.Timed raw = RawLoad.inFreshJvm(data, null, true);
            bulk[p] = raw.nanos();
            rows = raw.rows();
            keylessBulk[p] = RawLoad.inFreshJvm(data, null, false).nanos();
            try (Connection c = LargeReplica.open(data)) {
                warmBulk[p] = RawLoad.bootstrapRows(c, false).nanos();
            } finally {
                LargeReplica.close(data);
            }
        }
        System.out.println();
        System.out.printf(
                "1. Bootstrap of %,d rows (rooms, master data, bookings, folio lines of the snapshot), %d pairs"
                        + " alternating (seconds: min / median / max)%n",
                rows, pairs);
        System.out.println(
                "   Raw loads: the same rows in batches of 1,000 (a commit each) into copies of the replica's tables in"
                        + " its encrypted database");
        System.out.printf(
                "   B  raw load, a JVM just started, copies with the replica's indexes   %s   (baseline)%n",
                Samples.stats(bulk));
        System.out.printf(
                "      the same into copies without keys or indexes                    %s%n",
                Samples.stats(keylessBulk));
        System.out.printf(
                "      the same without indexes in this warm JVM                       %s%n", Samples.stats(warmBulk));
        System.out.printf(
                "   A  pairing with bootstrap, wall time, a standby just started        %s%n", Samples.stats(pairing));
        System.out.printf(
                "   A / B per pair               %s   (target: at most 1.5)%n", Samples.ratios(pairing, bulk, false));
        System.out.printf("   A / load without indexes     %s%n", Samples.ratios(pairing, keylessBulk, false));
        System.out.printf("   A / warm load, no indexes    %s%n", Samples.ratios(pairing, warmBulk, false));

        // 2. The peak hour's feed pulled page by page against the full snapshot; the standby stays stopped meanwhile.
        Replicated state = Replicated.read(data);
        var feed = new FeedTransfer(cloudUri, PROPERTY);
        List<PropertyEvent> pending = hour.next(sizes[0]);
        append(pending);
        long[] pull = new long[pairs];
        long[] snapshot = new long[pairs];
        FeedTransfer.Transfer pulled = null;
        FeedTransfer.Transfer full = null;
        for (int p = 0; p < pairs; p++) {
            long t0 = System.nanoTime();
            pulled = feed.pull(state, sizes[0]);
            long t1 = System.nanoTime();
            full = feed.snapshot(state);
            long t2 = System.nanoTime();
            pull[p] = t1 - t0;
            snapshot[p] = t2 - t1;
        }
        System.out.println();
        System.out.printf(
                "2. Incremental pull of %,d events (pages of 500) against the full snapshot, gzip asked for;"
                        + " %d pairs (seconds: min / median / max)%n",
                sizes[0], pairs);
        System.out.printf("   B  full snapshot      %s   %s   (baseline)%n", Samples.stats(snapshot), full.describe());
        System.out.printf("   A  feed pages         %s   %s%n", Samples.stats(pull), pulled.describe());
        System.out.printf(
                "   A / B  time per pair %s;  bytes on the wire %.3f%n",
                Samples.ratios(pull, snapshot, false), (double) pulled.wireBytes() / full.wireBytes());

        // 3. Catch-up of a standby just started, against a raw batched insert of the same rows.
        StandbyMemory largestCatchUp = StandbyMemory.NONE;
        int largest = Arrays.stream(sizes).max().orElseThrow();
        List<String> notes = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (int size : sizes) {
            long[] standbyTime = new long[pairs];
            long[] cliTime = new long[pairs];
            long[] raw = new long[pairs];
            long[] warmRaw = new long[pairs];
            long[] keylessRaw = new long[pairs];
            String split = "";
            for (int p = 0; p < pairs; p++) {
                List<PropertyEvent> events = pending != null && pending.size() == size ? pending : hour.next(size);
                if (events != pending) {
                    append(events);
                }
                pending = null;
                try (BenchStandby standby = BenchStandby.start(data, "bench-sync-apply-" + size + "-" + p)) {
                    long t0 = System.nanoTime();
                    standby.cliSync(data);
                    cliTime[p] = System.nanoTime() - t0;
                    if (size == largest) {
                        largestCatchUp = largestCatchUp.max(standby.memory());
                    }
                }
                try (Connection c = LargeReplica.open(data)) {
                    RunRecord record = RunRecord.last(c);
                    standbyTime[p] = record.nanos();
                    if (!record.result().equals("OK") || record.applied() != size || record.held() != 0) {
                        notes.add(String.format(
                                "   NOTE: run of %,d events ended %s with %,d applied, %,d held",
                                size, record.result(), record.applied(), record.held()));
                    }
                    split = record.message();
                    warmRaw[p] = RawLoad.eventRows(c, events, false).nanos();
                } finally {
                    LargeReplica.close(data);
                }
                raw[p] = RawLoad.inFreshJvm(data, events, true).nanos();
                keylessRaw[p] = RawLoad.inFreshJvm(data, events, false).nanos();
            }
            report.add(String.format("   %,d events:", size));
            report.add(String.format(
                    "     B  raw insert, a JVM just started, indexed copies      %s   %,8.0f rows/s (median)   (baseline)",
                    Samples.stats(raw), size / (Samples.median(raw) / 1e9)));
            report.add(String.format(
                    "        the same into copies without keys or indexes        %s   %,8.0f rows/s (median)",
                    Samples.stats(keylessRaw), size / (Samples.median(keylessRaw) / 1e9)));
            report.add(String.format(
                    "        the same without indexes in this warm JVM           %s   %,8.0f rows/s (median)",
                    Samples.stats(warmRaw), size / (Samples.median(warmRaw) / 1e9)));
            report.add(String.format(
                    "     A  standby's run record, the standby just started      %s   %,8.0f events/s (median)",
                    Samples.stats(standbyTime), size / (Samples.median(standbyTime) / 1e9)));
            report.add(String.format(
                    "        standby-cli sync, wall time                         %s   (its own JVM start included)",
                    Samples.stats(cliTime)));
            report.add("        the last run's own account: " + split);
            report.add(String.format(
                    "     apply rate / raw rate per pair   %s   (target: at least 0.7)",
                    Samples.ratios(standbyTime, raw, true)));
            report.add(String.format(
                    "     apply rate / raw rate without indexes   %s", Samples.ratios(standbyTime, keylessRaw, true)));
            report.add(String.format(
                    "     apply rate / warm raw rate, no indexes  %s", Samples.ratios(standbyTime, warmRaw, true)));
        }
        System.out.println();
        System.out.printf(
                "3. Catch-up of a standby just started with standby-cli sync, %d pairs alternating (seconds: min /"
                        + " median / max); target for %,d events: under 2 s%n",
                pairs, sizes[0]);
        System.out.println(
                "   Raw inserts: one row per event (the booking as it now is, the folio line, the room status),"
                        + " batches of 1,000 with a commit each, into copies of the replica's tables in its encrypted database");
        System.out.println("   Mix of all events made: " + hour.made());
        report.forEach(System.out::println);
        notes.forEach(System.out::println);

        System.out.println();
        System.out.println("4. Standby memory (target: under 256 MB)");
        System.out.printf("   %-22s %s%n", "bootstrap:", bootstrapMemory.describe());
        System.out.printf("   %-22s %s%n", String.format("%,d-event catch-up:", largest), largestCatchUp.describe());
    }

    /** Appends the events to the cloud's outbox as its services do, 1,000 to a transaction. */
    private void append(List<PropertyEvent> events) {
        var tx = BusyProperty.transactions(cloud);
        Outbox outbox = cloud.getBean(Outbox.class);
        PropertyRow current = tx.executeRead(
                s -> cloud.getBean(Properties.class).byId(property.id()).orElseThrow());
        for (int from = 0; from < events.size(); from += RawLoad.BATCH) {
            List<PropertyEvent> chunk = events.subList(from, Math.min(events.size(), from + RawLoad.BATCH));
            tx.executeWrite(s -> {
                chunk.forEach(e -> outbox.append(current, "bench", e));
                return null;
            });
        }
    }

    private Caller admin() {
        return new Caller(PROPERTY.toLowerCase() + ".admin", StaffRole.PROPERTY_ADMIN, PROPERTY);
    }
}
