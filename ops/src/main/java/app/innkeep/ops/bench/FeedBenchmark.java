package app.innkeep.ops.bench;

import static java.net.http.HttpResponse.BodyHandlers.ofByteArray;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.booking.Bookings;
import app.innkeep.cloud.outbox.FeedEvents;
import app.innkeep.cloud.outbox.Outbox;
import app.innkeep.cloud.pairing.DeviceAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import app.innkeep.model.json.Json;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the two promises of the change feed, each against a baseline taken in the same run (these machines are
 * noisy; ratios travel, absolute times do not):
 *
 * <ol>
 *   <li>a booking write with its outbox event versus the same write without it (goal: the event adds under 25%);
 *   <li>reading the feed over HTTP in pages of the standby's size (1,000 events unless told), versus the same page bytes served statically by
 *       the JDK's minimal HTTP server, alternating pairs (goal: the feed at least half the static rate).
 * </ol>
 *
 * Run with {@code ops/bin/innkeep bench feed [--postgres jdbc-url] [--writes N] [--events N] [--pairs N]}.
 */
public final class FeedBenchmark {

    /** The standby's own feed page size ({@code innkeep.standby.sync.page-size}'s default; a test keeps them equal). */
    static final int STANDBY_PAGE = 1000;

    /** Whole reads of each kind before the measured pairs. */
    static final int WARM_UP_READS = 3;

    private static final List<String> USAGE = List.of(
            "Usage: ops/bin/innkeep bench feed [--writes N] [--events N] [--pairs N] [--page N] [--from N] [--postgres JDBC-URL [--pg-user USER]]",
            "  --writes    booking writes per variant (default 2000)",
            "  --events    events in the feed to read back (default 100000)",
            "  --pairs     alternating feed/static reads of the whole feed (default 3)",
            "  --page      events per feed page (default " + STANDBY_PAGE + ", the standby's own page size)",
            "  --from      the cursor the reads start from (default half a page: inside a sealed run, as a standby's"
                    + " cursor usually is)",
            "  --postgres  run on this PostgreSQL database instead of a temporary embedded Derby");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchOptions.parse(args, USAGE, BenchOptions.Unknown.IGNORE);
        int writes = Integer.parseInt(options.getOrDefault("--writes", "2000"));
        int events = Integer.parseInt(options.getOrDefault("--events", "100000"));
        int pairs = Integer.parseInt(options.getOrDefault("--pairs", "3"));
        int page = Integer.parseInt(options.getOrDefault("--page", String.valueOf(STANDBY_PAGE)));
        long from = Long.parseLong(options.getOrDefault("--from", "-1"));
        Path dir = Files.createTempDirectory("innkeep-bench-");
        Map<String, Object> props = new HashMap<>();
        String database;
        if (options.containsKey("--postgres")) {
            database = "PostgreSQL " + options.get("--postgres");
            props.put("datasources.default.url", options.get("--postgres"));
            props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
            props.put("datasources.default.username", options.getOrDefault("--pg-user", "postgres"));
        } else {
            database = "embedded Derby (" + dir + ")";
            props.put("innkeep.data-dir", dir.toString());
        }
        props.put("micronaut.server.port", -1);
        props.put("innkeep.password.iterations", 1000);
        props.put("innkeep.test.fault-injection", "enabled");
        props.put("innkeep.bootstrap.support-password", "benchmark support password");
        System.out.printf(
                "Innkeep feed benchmark on %s, JDK %s, %d CPUs%n",
                database, Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            ApplicationContext ctx = server.getApplicationContext();
            String code = "B" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
            PropertyRow property = BenchmarkInn.open(ctx, code);
            BookingWrites.bookingWrites(ctx, property, writes);
            Map<String, Object> off = new HashMap<>(props);
            off.put("innkeep.bench.outbox", "off");
            if (!options.containsKey("--postgres")) {
                off.put(
                        "innkeep.data-dir",
                        Files.createTempDirectory("innkeep-bench-off-").toString());
            }
            try (EmbeddedServer baseline = ApplicationContext.run(EmbeddedServer.class, off)) {
                BookingWrites.serviceBookings(baseline.getApplicationContext(), ctx, code, writes);
            }
            feedReads(ctx, server.getURI(), property, events, pairs, page, from);
        }
    }

    /** Part 2: fill the feed, then read it all as a standby would, and straight from the database as a baseline. */
    static void feedReads(
            ApplicationContext ctx, URI base, PropertyRow property, int events, int pairs, int page, long from)
            throws Exception {
        var tx = BusyProperty.transactions(ctx);
        Outbox outbox = ctx.getBean(Outbox.class);
        Bookings bookings = ctx.getBean(Bookings.class);
        BookingViews bookingViews = ctx.getBean(BookingViews.class);
        FeedEvents feed = ctx.getBean(FeedEvents.class);
        DeviceAccess devices = ctx.getBean(DeviceAccess.class);
        BookingRow sample = tx.executeRead(
                s -> bookings.search(property.id(), new Bookings.Criteria(null, null, null, null, null, null, 0, 1))
                        .getFirst());
        var state = tx.executeRead(s -> bookingViews.state(sample));
        long head = tx.executeRead(s -> feed.head(property.id()));
        long fillStart = System.nanoTime();
        for (long written = head; written < events; ) {
            long batch = Math.min(1000, events - written);
            tx.executeWrite(s -> {
                for (int i = 0; i < batch; i++) {
                    outbox.append(property, "bench", new BookingCreated(state));
                }
                return null;
            });
            written += batch;
        }
        long total = tx.executeRead(s -> feed.head(property.id()));
        System.out.println();
        System.out.printf("Feed of %,d events written in %.1f s%n", total, (System.nanoTime() - fillStart) / 1e9);

        String credential = BenchmarkInn.pairDevice(ctx, property.code());
        HttpClient http = HttpClient.newHttpClient();
        // A standby reads from where its snapshot or its last pull left it, seldom where a sealed run starts.
        long start = from < 0 ? page / 2 : from;
        FeedPages.PageFetch fromFeed =
                after -> http.send(FeedPages.request(base, property.code(), credential, after, page), ofByteArray())
                        .body();
        // The static baseline serves exactly the bytes the feed answered, fetched once up front.
        Map<Long, byte[]> pages = new HashMap<>();
        FeedPages.readAll(start, total, after -> {
            byte[] body = fromFeed.fetch(after);
            pages.put(after, body);
            return body;
        });
        HttpServer staticServer = StaticFeedPages.serve(pages);
        URI staticBase =
                URI.create("http://127.0.0.1:" + staticServer.getAddress().getPort());
        FeedPages.PageFetch fromStatic = after -> http.send(StaticFeedPages.request(staticBase, after), ofByteArray())
                .body();
        try {
            double dbRate = 0;
            double deviceReads = 0;
            double decodeRate = 0;
            long[] feedNanos = new long[pairs];
            long[] staticNanos = new long[pairs];
            // CPU time of this JVM (cloud, static server and client alike) per read: steadier than wall time when
            // other work shares the machine, and what the page costs the cloud's processors.
            long[] feedCpu = new long[pairs];
            long[] staticCpu = new long[pairs];
            var os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            double[] ratios = new double[pairs];
            long fetched = 0;
            // A warm-up of each (a running cloud has compiled its feed path long since), then alternating pairs: the
            // feed first in even pairs, the static server in odd.
            for (int warm = 0; warm < WARM_UP_READS; warm++) {
                FeedPages.readAll(start, total, fromFeed);
                FeedPages.readAll(start, total, fromStatic);
            }
            for (int pair = 0; pair < pairs; pair++) {
                for (int turn = 0; turn < 2; turn++) {
                    boolean feedTurn = (turn == 0) == (pair % 2 == 0);
                    long t0 = System.nanoTime();
                    long cpu0 = os.getProcessCpuTime();
                    fetched = FeedPages.readAll(start, total, feedTurn ? fromFeed : fromStatic);
                    long took = System.nanoTime() - t0;
                    long cpu = os.getProcessCpuTime() - cpu0;
                    if (feedTurn) {
                        feedNanos[pair] = took;
                        feedCpu[pair] = cpu;
                    } else {
                        staticNanos[pair] = took;
                        staticCpu[pair] = cpu;
                    }
                }
                ratios[pair] = (double) staticNanos[pair] / feedNanos[pair];
            }
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                long rows = 0;
                for (long after = start; after < total; ) {
                    long cursor = after;
                    long read = tx.executeRead(s -> feed.encodedPage(property.id(), cursor, page))
                            .count();
                    if (read == 0) {
                        break;
                    }
                    rows += read;
                    after += read;
                }
                dbRate = Math.max(dbRate, rows / ((System.nanoTime() - t0) / 1e9));
                // The other read every page takes: the standby's device with its property's flag, head and choice.
                long t1 = System.nanoTime();
                int polls = 1000;
                for (int i = 0; i < polls; i++) {
                    tx.executeRead(s -> devices.atHead("Bearer " + credential).orElseThrow());
                }
                deviceReads = Math.max(deviceReads, polls / ((System.nanoTime() - t1) / 1e9));
                long t2 = System.nanoTime();
                long decoded = 0;
                for (byte[] body : pages.values().stream().limit(20).toList()) {
                    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
                    for (Object e : (List<?>) ((Map<?, ?>) Json.parse(text)).get("events")) {
                        if (EventCodec.decode(Json.write(e)) instanceof DecodeResult.Decoded) {
                            decoded++;
                        }
                    }
                }
                decodeRate = Math.max(decodeRate, decoded / ((System.nanoTime() - t2) / 1e9));
            }
            long bytes = pages.values().stream().mapToLong(b -> b.length).sum();
            double[] feedRates = Samples.rates(fetched, feedNanos);
            double[] staticRates = Samples.rates(fetched, staticNanos);
            Arrays.sort(ratios);
            System.out.printf(
                    "Feed read in pages of %d from cursor %,d, %,d events (%.1f MB, %d requests) per read, %d alternating"
                            + " pairs after %d warm-up reads of each (min / median / max)%n",
                    page, start, fetched, bytes / 1e6, pages.size(), pairs, WARM_UP_READS);
            System.out.printf(
                    "  same bytes served statically (JDK HttpServer)  %,8.0f / %,8.0f / %,8.0f events/s   (baseline)%n",
                    staticRates[0], staticRates[pairs / 2], staticRates[pairs - 1]);
            System.out.printf(
                    "  HTTP feed pages                                %,8.0f / %,8.0f / %,8.0f events/s%n",
                    feedRates[0], feedRates[pairs / 2], feedRates[pairs - 1]);
            System.out.printf(
                    "  feed / static, per pair                        %8.2f / %8.2f / %8.2f   (goal: at least 0.5) %s%n",
                    ratios[0], ratios[pairs / 2], ratios[pairs - 1], ratios[pairs / 2] >= 0.5 ? "MET" : "NOT MET");
            long pageCount = pages.size();
            System.out.printf(
                    "  CPU per page (this JVM: server and client)     static %.2f ms, feed %.2f ms, static / feed %.2f"
                            + "   (medians; steadier than wall time on a busy machine)%n",
                    Samples.median(staticCpu) / 1e6 / pageCount,
                    Samples.median(feedCpu) / 1e6 / pageCount,
                    Samples.median(staticCpu) / Samples.median(feedCpu));
            System.out.printf(
                    "  database read as the feed reads (best of 3)    %,8.0f events/s   (for scale)%n", dbRate);
            System.out.printf(
                    "  device read, once per page (best of 3)         %,8.0f reads/s, %.0f us   (for scale)%n",
                    deviceReads, 1e6 / deviceReads);
            // A feed page is at least its two reads from the database plus sending its bytes, which is all the static
            // server does: so feed/static can be at most static time / (static time + database time).
            double staticSeconds = fetched / staticRates[pairs / 2];
            double readSeconds = fetched / dbRate + pages.size() / deviceReads;
            System.out.printf(
                    "  ceiling of feed / static: database reads + static send per page %5.2f   (the goal is reachable"
                            + " only if this is above 0.5)%n",
                    staticSeconds / (staticSeconds + readSeconds));
            System.out.printf(
                    "  standby-side decoding (best of 3)              %,8.0f events/s   (page parse + per-event decode,"
                            + " for scale)%n",
                    decodeRate);
        } finally {
            staticServer.stop(0);
        }
    }
}
