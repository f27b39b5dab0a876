package app.innkeep.ops.bench;

import static java.net.http.HttpResponse.BodyHandlers.ofByteArray;

import app.innkeep.cloud.booking.BookingRow;
import app.innkeep.cloud.booking.BookingViews;
import app.innkeep.cloud.booking.TakingBooking;
import app.innkeep.cloud.booking.BookingStatus;
import app.innkeep.cloud.booking.Bookings;
import app.innkeep.cloud.feed.FeedEvents;
import app.innkeep.cloud.feed.Outbox;
import app.innkeep.cloud.guest.Guests;
import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.masterdata.MasterDataRequests.CreateMasterCodeRequest;
import app.innkeep.cloud.masterdata.MasterDataService;
import app.innkeep.cloud.pairing.PairingRequests.PairRequest;
import app.innkeep.cloud.pairing.PairingService;
import app.innkeep.cloud.property.CreatePropertyRequest;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.property.PropertyService;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffService;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.PropertyEvent.BookingCreated;
import app.innkeep.model.json.Json;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Measures the two promises of the change feed, each against a baseline taken in the same run (these machines are
 * noisy; ratios travel, absolute times do not):
 *
 * <ol>
 *   <li>a booking write with its outbox event versus the same write without it (goal: the event adds under 25%);
 *   <li>reading the feed over HTTP in pages of 500, as a standby does, versus the same page bytes served statically by
 *       the JDK's minimal HTTP server, alternating pairs (goal: the feed at least half the static rate).
 * </ol>
 *
 * Run with {@code ops/bin/innkeep bench feed [--postgres jdbc-url] [--writes N] [--events N] [--pairs N]}.
 */
public final class FeedBenchmark {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final java.util.regex.Pattern NEXT = java.util.regex.Pattern.compile("\"next\":(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int writes = Integer.parseInt(options.getOrDefault("--writes", "2000"));
        int events = Integer.parseInt(options.getOrDefault("--events", "100000"));
        int pairs = Integer.parseInt(options.getOrDefault("--pairs", "3"));
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
            PropertyRow property = openProperty(ctx, code);
            bookingWrites(ctx, property, writes);
            Map<String, Object> off = new HashMap<>(props);
            off.put("innkeep.bench.outbox", "off");
            if (!options.containsKey("--postgres")) {
                off.put(
                        "innkeep.data-dir",
                        Files.createTempDirectory("innkeep-bench-off-").toString());
            }
            try (EmbeddedServer baseline = ApplicationContext.run(EmbeddedServer.class, off)) {
                serviceBookings(baseline.getApplicationContext(), ctx, code, writes);
            }
            feedReads(ctx, server.getURI(), property, events, pairs);
        }
    }

    /** Part 1: the same booking write, alternately without and with its event, in rounds to spread the noise. */
    static void bookingWrites(ApplicationContext ctx, PropertyRow property, int writes) {
        var tx = transactions(ctx);
        Properties properties = ctx.getBean(Properties.class);
        Guests guests = ctx.getBean(Guests.class);
        Bookings bookings = ctx.getBean(Bookings.class);
        BookingViews bookingViews = ctx.getBean(BookingViews.class);
        Outbox outbox = ctx.getBean(Outbox.class);
        int rounds = 10;
        int perRound = Math.max(1, writes / rounds / 2);
        long[] plain = new long[rounds];
        long[] withEvent = new long[rounds];
        // Warm up both paths.
        for (int i = 0; i < 200; i++) {
            write(tx, properties, guests, bookings, bookingViews, outbox, property, i % 2 == 0);
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                write(tx, properties, guests, bookings, bookingViews, outbox, property, false);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                write(tx, properties, guests, bookings, bookingViews, outbox, property, true);
            }
            long t2 = System.nanoTime();
            plain[r] = (t1 - t0) / perRound;
            withEvent[r] = (t2 - t1) / perRound;
        }
        double base = Samples.median(plain) / 1000.0;
        double with = Samples.median(withEvent) / 1000.0;
        System.out.println();
        System.out.printf("Booking write, %d rounds x %d writes each way (median per write)%n", rounds, perRound);
        System.out.printf("  without outbox event  %8.1f us   (baseline)%n", base);
        System.out.printf(
                "  with outbox event     %8.1f us   ratio %.2f  -> the event adds %+.0f%% (goal: under +25%%)%n",
                with, with / base, (with / base - 1) * 100);
    }

    private static void write(
            TransactionOperations<Connection> tx,
            Properties properties,
            Guests guests,
            Bookings bookings,
            BookingViews bookingViews,
            Outbox outbox,
            PropertyRow property,
            boolean withEvent) {
        tx.executeWrite(status -> {
            properties.lock(property.id());
            String confirmation = String.valueOf(properties.nextConfirmation(property.id()));
            long guest = guests.insert(property.id(), "Bench", "Guest " + confirmation, "bench@example.com", null, NOW);
            LocalDate arrival = LocalDate.parse("2026-03-10");
            long id = bookings.insert(new BookingRow(
                    0,
                    property.id(),
                    confirmation,
                    guest,
                    "WEB",
                    "STD",
                    null,
                    arrival,
                    arrival.plusDays(2),
                    2,
                    0,
                    new BigDecimal("129.00"),
                    BookingStatus.RESERVED,
                    null,
                    null,
                    NOW,
                    NOW));
            // The service reads the guest and the booking back for its answer either way; the event is what differs.
            var guestRow = guests.find(property.id(), guest).orElseThrow();
            BookingRow row = bookings.byId(property.id(), id).orElseThrow();
            if (withEvent) {
                outbox.append(property, "bench", new BookingCreated(bookingViews.state(row, guestRow)));
            }
            return null;
        });
    }

    /**
     * Part 1b: the whole booking create of the service (validation, availability, room nights, audit trail, answer),
     * in a cloud with the outbox and in one where it writes nothing, alternating rounds.
     */
    static void serviceBookings(ApplicationContext baseline, ApplicationContext real, String code, int writes) {
        // Two fresh properties, one per cloud, so neither carries the other part's bookings.
        var withoutEvents =
                ctxBookings(baseline, openProperty(baseline, code + "N").code());
        var withEvents = ctxBookings(real, openProperty(real, code + "E").code());
        int rounds = 10;
        int perRound = Math.max(1, writes / rounds / 2);
        long[] plain = new long[rounds];
        long[] evented = new long[rounds];
        int[] counter = {0};
        for (int i = 0; i < 100; i++) {
            withoutEvents.accept(counter[0]);
            withEvents.accept(counter[0]++);
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                withoutEvents.accept(counter[0] + i);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                withEvents.accept(counter[0] + i);
            }
            long t2 = System.nanoTime();
            counter[0] += perRound;
            plain[r] = (t1 - t0) / perRound;
            evented[r] = (t2 - t1) / perRound;
        }
        double base = Samples.median(plain) / 1000.0;
        double with = Samples.median(evented) / 1000.0;
        System.out.printf(
                "Booking create through the service (validation, availability, audit, answer), %d rounds x %d%n",
                rounds, perRound);
        System.out.printf("  cloud writing no events   %8.1f us   (baseline)%n", base);
        System.out.printf(
                "  cloud with its outbox     %8.1f us   ratio %.2f  -> the event adds %+.0f%% (goal: under +25%%)%n",
                with, with / base, (with / base - 1) * 100);
    }

    /** Books one night for a new guest; bookings spread over many nights so the hotel never sells out. */
    private static java.util.function.IntConsumer ctxBookings(ApplicationContext ctx, String code) {
        var takingBooking = ctx.getBean(TakingBooking.class);
        Caller desk = new Caller(code.toLowerCase() + ".admin", StaffRole.PROPERTY_ADMIN, code);
        LocalDate first = LocalDate.parse("2027-01-01");
        return n -> {
            LocalDate arrival = first.plusDays(n / 40);
            takingBooking.take(
                    desk,
                    code,
                    new app.innkeep.cloud.booking.BookingRequests.CreateBookingRequest(
                            null,
                            new app.innkeep.cloud.guest.GuestRequests.GuestDetails("Bench", "Guest " + n, null, null),
                            "WEB",
                            "STD",
                            arrival,
                            arrival.plusDays(1),
                            2,
                            0,
                            new BigDecimal("129.00"),
                            null,
                            null));
        };
    }

    /** Part 2: fill the feed, then read it all as a standby would, and straight from the database as a baseline. */
    static void feedReads(ApplicationContext ctx, URI base, PropertyRow property, int events, int pairs)
            throws Exception {
        var tx = transactions(ctx);
        Outbox outbox = ctx.getBean(Outbox.class);
        Bookings bookings = ctx.getBean(Bookings.class);
        BookingViews bookingViews = ctx.getBean(BookingViews.class);
        FeedEvents feed = ctx.getBean(FeedEvents.class);
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

        String credential = pairDevice(ctx, property.code());
        HttpClient http = HttpClient.newHttpClient();
        int page = 500;
        // The static baseline serves exactly the bytes the feed answered, fetched once up front.
        Map<Long, byte[]> pages = new HashMap<>();
        readAll(total, page, after -> {
            byte[] body = http.send(feedRequest(base, property.code(), credential, after, page), ofByteArray())
                    .body();
            pages.put(after, body);
            return body;
        });
        HttpServer staticServer = staticPages(pages);
        URI staticBase =
                URI.create("http://127.0.0.1:" + staticServer.getAddress().getPort());
        try {
            double dbRate = 0;
            double decodeRate = 0;
            long[] feedNanos = new long[pairs];
            long[] staticNanos = new long[pairs];
            double[] ratios = new double[pairs];
            long fetched = 0;
            // One warm-up of each, then alternating pairs: the feed first in even pairs, the static server in odd.
            readAll(
                    total,
                    page,
                    after -> http.send(feedRequest(base, property.code(), credential, after, page), ofByteArray())
                            .body());
            readAll(
                    total,
                    page,
                    after -> http.send(staticRequest(staticBase, after), ofByteArray())
                            .body());
            for (int pair = 0; pair < pairs; pair++) {
                for (int turn = 0; turn < 2; turn++) {
                    boolean feedTurn = (turn == 0) == (pair % 2 == 0);
                    long t0 = System.nanoTime();
                    fetched = feedTurn
                            ? readAll(
                                    total,
                                    page,
                                    after -> http.send(
                                                    feedRequest(base, property.code(), credential, after, page),
                                                    ofByteArray())
                                            .body())
                            : readAll(
                                    total,
                                    page,
                                    after -> http.send(staticRequest(staticBase, after), ofByteArray())
                                            .body());
                    long took = System.nanoTime() - t0;
                    if (feedTurn) {
                        feedNanos[pair] = took;
                    } else {
                        staticNanos[pair] = took;
                    }
                }
                ratios[pair] = (double) staticNanos[pair] / feedNanos[pair];
            }
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                long rows = 0;
                for (long after = 0; after < total; after += page) {
                    long cursor = after;
                    rows += tx.executeRead(s -> feed.page(property.id(), cursor, page))
                            .size();
                }
                dbRate = Math.max(dbRate, rows / ((System.nanoTime() - t0) / 1e9));
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
            double[] feedRates = rates(fetched, feedNanos);
            double[] staticRates = rates(fetched, staticNanos);
            Arrays.sort(ratios);
            System.out.printf(
                    "Feed read in pages of %d, %,d events (%.1f MB) per read, %d alternating pairs after a warm-up"
                            + " (min / median / max)%n",
                    page, fetched, bytes / 1e6, pairs);
            System.out.printf(
                    "  same bytes served statically (JDK HttpServer)  %,8.0f / %,8.0f / %,8.0f events/s   (baseline)%n",
                    staticRates[0], staticRates[pairs / 2], staticRates[pairs - 1]);
            System.out.printf(
                    "  HTTP feed pages                                %,8.0f / %,8.0f / %,8.0f events/s%n",
                    feedRates[0], feedRates[pairs / 2], feedRates[pairs - 1]);
            System.out.printf(
                    "  feed / static, per pair                        %8.2f / %8.2f / %8.2f   (goal: at least 0.5) %s%n",
                    ratios[0], ratios[pairs / 2], ratios[pairs - 1], ratios[pairs / 2] >= 0.5 ? "MET" : "NOT MET");
            System.out.printf(
                    "  database, no HTTP (best of 3)                  %,8.0f events/s   (for scale)%n", dbRate);
            System.out.printf(
                    "  standby-side decoding (best of 3)              %,8.0f events/s   (page parse + per-event decode,"
                            + " for scale)%n",
                    decodeRate);
        } finally {
            staticServer.stop(0);
        }
    }

    /** Fetches one page's body; {@code after} is the cursor asked from. */
    private interface PageFetch {
        byte[] fetch(long after) throws Exception;
    }

    /** Reads the feed from 0 to {@code total} following each page's cursor; returns the events read. */
    private static long readAll(long total, int page, PageFetch fetch) throws Exception {
        long fetched = 0;
        for (long after = 0; after < total; ) {
            byte[] body = fetch.fetch(after);
            // The cursor is in the page's first bytes; decoding the events is the standby's work, measured apart.
            String head = new String(body, 0, Math.min(200, body.length), java.nio.charset.StandardCharsets.UTF_8);
            var next = NEXT.matcher(head);
            if (!next.find()) {
                throw new IllegalStateException("no cursor in feed page: " + head);
            }
            long nextCursor = Long.parseLong(next.group(1));
            fetched += nextCursor - after;
            if (nextCursor == after) {
                break;
            }
            after = nextCursor;
        }
        return fetched;
    }

    private static HttpRequest feedRequest(URI base, String code, String credential, long after, int page) {
        return HttpRequest.newBuilder(
                        base.resolve("/api/v1/properties/" + code + "/feed?limit=" + page + "&after=" + after))
                .header("Authorization", "Bearer " + credential)
                .build();
    }

    private static HttpRequest staticRequest(URI base, long after) {
        return HttpRequest.newBuilder(base.resolve("/feed?after=" + after)).build();
    }

    /** A minimal JDK HTTP server answering each cursor with the page bytes the feed gave for it. */
    private static HttpServer staticPages(Map<Long, byte[]> pages) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            byte[] body = pages.get(Long.parseLong(query.substring(query.indexOf('=') + 1)));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "static-feed-pages");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return server;
    }

    private static double[] rates(long events, long[] nanos) {
        double[] rates = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            rates[i] = events / (nanos[i] / 1e9);
        }
        Arrays.sort(rates);
        return rates;
    }

    private static PropertyRow openProperty(ApplicationContext ctx, String code) {
        Caller support = new Caller("support", StaffRole.SUPPORT, null);
        ctx.getBean(PropertyService.class)
                .create(
                        support,
                        new CreatePropertyRequest(
                                code,
                                "Benchmark Inn",
                                "UTC",
                                "USD",
                                LocalDate.parse("2026-03-10"),
                                new CreatePropertyRequest.FirstAdmin(
                                        code.toLowerCase() + ".admin", "Bench admin", "benchmark admin password")));
        Caller admin = new Caller(code.toLowerCase() + ".admin", StaffRole.PROPERTY_ADMIN, code);
        var masterData = ctx.getBean(MasterDataService.class);
        masterData.create(
                admin, code, MasterDataKind.SOURCE, new CreateMasterCodeRequest("WEB", "Website", null, null, null));
        masterData.create(
                admin, code, MasterDataKind.ROOM_TYPE, new CreateMasterCodeRequest("STD", "Standard", null, null, 2));
        var rooms = ctx.getBean(app.innkeep.cloud.room.RoomService.class);
        for (int n = 1; n <= 40; n++) {
            rooms.create(
                    admin,
                    code,
                    new app.innkeep.cloud.room.RoomRequests.CreateRoomRequest(String.valueOf(1000 + n), "STD"));
        }
        ctx.getBean(StaffService.class);
        ctx.getBean(PropertyService.class).setBackup(support, code, true);
        return transactions(ctx)
                .executeRead(s -> ctx.getBean(Properties.class).byCode(code).orElseThrow());
    }

    private static String pairDevice(ApplicationContext ctx, String code) {
        var pairing = ctx.getBean(PairingService.class);
        var pairingCode =
                pairing.createCode(new Caller(code.toLowerCase() + ".admin", StaffRole.PROPERTY_ADMIN, code), code);
        return pairing.pair(new PairRequest(pairingCode.code(), "Benchmark standby"))
                .credential();
    }

    @SuppressWarnings("unchecked")
    private static TransactionOperations<Connection> transactions(ApplicationContext ctx) {
        return ctx.getBean(TransactionOperations.class);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println(
                        "Usage: ops/bin/innkeep bench feed [--writes N] [--events N] [--pairs N] [--postgres JDBC-URL [--pg-user USER]]");
                System.out.println("  --writes    booking writes per variant (default 2000)");
                System.out.println("  --events    events in the feed to read back (default 100000)");
                System.out.println("  --pairs     alternating feed/static reads of the whole feed (default 3)");
                System.out.println(
                        "  --postgres  run on this PostgreSQL database instead of a temporary embedded Derby");
                System.exit(0);
            }
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            }
        }
        return options;
    }
}
