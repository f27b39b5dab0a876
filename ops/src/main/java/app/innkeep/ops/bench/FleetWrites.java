package app.innkeep.ops.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front desks of the written properties, through the cloud's public API as a desk would use it: a booking, a
 * minibar charge on it, a card payment on it, and again, each write one event. Writes are spread over the properties
 * in proportion to their peak hour (2 events per room: about 2,000 for the 1,000-room hotel) at a fixed total rate, and
 * over the cloud instances. One write at a time per property, as at one desk; a property still busy is skipped.
 */
final class FleetWrites {

    /** One written property's desk: its login, where it is in the book-charge-pay cycle, its last booking. */
    private static final class Desk {
        final Fleet.Member member;
        final String token;
        final URI cloud;
        final AtomicBoolean busy = new AtomicBoolean();
        int step;
        String confirmation;

        Desk(Fleet.Member member, String token, URI cloud) {
            this.member = member;
            this.token = token;
            this.cloud = cloud;
        }
    }

    private static final Pattern CONFIRMATION = Pattern.compile("\"confirmation\"\\s*:\\s*\"([^\"]+)\"");

    final AtomicLong written = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    private final HttpClient http;
    private final List<Desk> desks;
    private final double[] cumulative;
    private final Random random = new Random(19);
    private final Semaphore inFlight = new Semaphore(8);
    private ScheduledExecutorService clock;

    private FleetWrites(HttpClient http, List<Desk> desks) {
        this.http = http;
        this.desks = desks;
        this.cumulative = new double[desks.size()];
        double total = desks.stream().mapToDouble(d -> d.member.rooms()).sum();
        double sum = 0;
        for (int i = 0; i < desks.size(); i++) {
            sum += desks.get(i).member.rooms() / total;
            cumulative[i] = sum;
        }
    }

    /** Logs in at every written property (its admin works the desk), alternating the cloud instances. */
    static FleetWrites open(HttpClient http, List<Fleet.Member> written, List<URI> clouds) throws Exception {
        List<Desk> desks = new java.util.ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Fleet.Member m = written.get(i);
            URI cloud = clouds.get(i % clouds.size());
            String body = "{\"username\":\"" + m.code().toLowerCase() + ".admin\",\"password\":\""
                    + Fleet.ADMIN_PASSWORD + "\"}";
            var answer = http.send(post(cloud, "/api/v1/login", null, body), HttpResponse.BodyHandlers.ofString());
            Matcher token =
                    Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException(
                        "login at " + m.code() + " failed: " + answer.statusCode() + " " + answer.body());
            }
            desks.add(new Desk(m, token.group(1), clouds.get((i + 1) % clouds.size())));
        }
        return new FleetWrites(http, desks);
    }

    /** Writes at {@code perSecond} events a second until {@link #stop}. */
    void start(double perSecond) {
        clock = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = Math.max(1, (long) (1e6 / perSecond));
        clock.scheduleAtFixedRate(this::writeOne, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    void stop() throws InterruptedException {
        clock.shutdownNow();
        clock.awaitTermination(10, TimeUnit.SECONDS);
        inFlight.acquire(8);
        inFlight.release(8);
    }

    private void writeOne() {
        Desk desk = pick();
        if (!desk.busy.compareAndSet(false, true)) {
            skipped.incrementAndGet();
            return;
        }
        if (!inFlight.tryAcquire()) {
            desk.busy.set(false);
            skipped.incrementAndGet();
            return;
        }
        String base = "/api/v1/properties/" + desk.member.code() + "/bookings";
        HttpRequest request;
        if (desk.step == 0 || desk.confirmation == null) {
            int ahead;
            int nights;
            synchronized (random) {
                ahead = random.nextInt(180);
                nights = 1 + random.nextInt(3);
            }
            var arrival = Fleet.BUSINESS_DATE.plusDays(ahead);
            request = post(
                    desk.cloud,
                    base,
                    desk.token,
                    "{\"guest\":{\"firstName\":\"Fleet\",\"lastName\":\"Guest\"},\"source\":\"WEB\",\"roomType\":\"STD\","
                            + "\"arrival\":\"" + arrival + "\",\"departure\":\"" + arrival.plusDays(nights)
                            + "\",\"adults\":2,\"rate\":100.00}");
        } else if (desk.step == 1) {
            request = post(
                    desk.cloud,
                    base + "/" + desk.confirmation + "/folio/charges",
                    desk.token,
                    "{\"item\":\"MINIBAR\"}");
        } else {
            request = post(
                    desk.cloud,
                    base + "/" + desk.confirmation + "/folio/payments",
                    desk.token,
                    "{\"receiptType\":\"VISA\",\"amount\":50.00,\"cardLast4\":\"4242\"}");
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    error(failure.getClass().getSimpleName());
                } else if (response.statusCode() / 100 != 2) {
                    error("HTTP " + response.statusCode());
                    desk.step = 0; // a refused booking (say the room type is full then): book anew
                } else {
                    written.incrementAndGet();
                    if (desk.step == 0 || desk.confirmation == null) {
                        Matcher m = CONFIRMATION.matcher(response.body());
                        desk.confirmation = m.find() ? m.group(1) : null;
                    }
                    desk.step = (desk.step + 1) % 3;
                }
            } finally {
                inFlight.release();
                desk.busy.set(false);
            }
        });
    }

    private Desk pick() {
        double r;
        synchronized (random) {
            r = random.nextDouble();
        }
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return desks.get(i);
            }
        }
        return desks.getLast();
    }

    private void error(String what) {
        errors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private static HttpRequest post(URI cloud, String path, String token, String json) {
        var builder = HttpRequest.newBuilder(cloud.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }
}
