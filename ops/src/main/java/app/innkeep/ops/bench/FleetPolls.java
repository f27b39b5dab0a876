package app.innkeep.ops.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * N standbys in one JVM, each pulling its own feed on the standby's real schedule compressed in time: once per
 * (compressed) hour, at a phase of its own within the hour (when it was paired) shifted by a fresh jitter of up to a
 * twelfth of the hour on every run (the standby's {@code innkeep.standby.sync.jitter}, 5 minutes of 60), spread over
 * the cloud instances. A pull reads pages of the standby's size until it reaches the head, as the sync job does.
 */
final class FleetPolls {

    /** What one phase measured on the client side. */
    static final class Tally {
        final AtomicLongArray latencyNanos;
        final AtomicInteger recorded = new AtomicInteger();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong pulls = new AtomicLong();
        final AtomicLong noNews = new AtomicLong();
        final AtomicLong withEvents = new AtomicLong();
        final AtomicLong events = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

        Tally(int capacity) {
            latencyNanos = new AtomicLongArray(capacity);
        }

        void latency(long nanos) {
            int at = recorded.getAndIncrement();
            if (at < latencyNanos.length()) {
                latencyNanos.set(at, nanos);
            }
        }

        /** Milliseconds at the given percentiles. */
        double[] percentilesMillis(double... percentiles) {
            int n = Math.min(recorded.get(), latencyNanos.length());
            long[] sorted = new long[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = latencyNanos.get(i);
            }
            Arrays.sort(sorted);
            double[] out = new double[percentiles.length];
            for (int i = 0; i < percentiles.length; i++) {
                out[i] = n == 0 ? Double.NaN : sorted[Math.min(n - 1, (int) Math.ceil(percentiles[i] * n) - 1)] / 1e6;
            }
            return out;
        }

        void error(String what) {
            errors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        }

        long errorCount() {
            return errors.values().stream().mapToLong(AtomicLong::get).sum();
        }
    }

    static final int PAGE = FeedBenchmark.STANDBY_PAGE;

    private final HttpClient http;
    private final List<URI> clouds;

    FleetPolls(HttpClient http, List<URI> clouds) {
        this.http = http;
        this.clouds = clouds;
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(
                        2, Thread.ofPlatform().daemon().factory()))
                .build();
    }

    /**
     * Runs {@code members} standbys for {@code hours} compressed hours of {@code hour} each, every standby starting at
     * its property's current head; returns when the last pull has ended.
     */
    Tally run(List<Fleet.Member> members, Map<Long, Long> heads, Duration hour, int hours, long seed)
            throws InterruptedException {
        Tally tally = new Tally(members.size() * hours * 4 + 1000);
        Random random = new Random(seed);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long hourMillis = hour.toMillis();
        long jitterMillis = hourMillis / 12;
        AtomicInteger running = new AtomicInteger();
        long[] cursors = new long[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Fleet.Member m = members.get(i);
            cursors[i] = heads.getOrDefault(m.propertyId(), 0L);
            long phase = (long) (random.nextDouble() * hourMillis);
            for (int h = 0; h < hours; h++) {
                long at = h * hourMillis + phase + (long) (random.nextDouble() * jitterMillis);
                if (at >= hours * hourMillis) {
                    continue; // its jitter pushed this run past the end of the measured hours
                }
                int index = i;
                URI cloud = clouds.get(i % clouds.size());
                running.incrementAndGet();
                clock.schedule(() -> pull(cloud, m, cursors, index, tally, running), at, TimeUnit.MILLISECONDS);
            }
        }
        Thread.sleep(hours * hourMillis);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (running.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (running.get() > 0) {
            tally.error("still running 60 s after the end: " + running.get());
        }
        clock.shutdownNow();
        return tally;
    }

    /** One sync run: pages from the standby's cursor until the head. */
    private void pull(URI cloud, Fleet.Member m, long[] cursors, int index, Tally tally, AtomicInteger running) {
        tally.pulls.incrementAndGet();
        page(cloud, m, cursors, index, tally, running, true);
    }

    private void page(
            URI cloud, Fleet.Member m, long[] cursors, int index, Tally tally, AtomicInteger running, boolean first) {
        long after;
        synchronized (cursors) {
            after = cursors[index];
        }
        long t0 = System.nanoTime();
        tally.requests.incrementAndGet();
        http.sendAsync(request(cloud, m, after, PAGE), HttpResponse.BodyHandlers.ofByteArray())
                .whenComplete((response, failure) -> {
                    tally.latency(System.nanoTime() - t0);
                    if (failure != null) {
                        tally.error(failure.getClass().getSimpleName());
                        running.decrementAndGet();
                        return;
                    }
                    if (response.statusCode() != 200) {
                        tally.error("HTTP " + response.statusCode());
                        running.decrementAndGet();
                        return;
                    }
                    tally.bytes.addAndGet(response.body().length);
                    long next;
                    long head;
                    try {
                        byte[] body = body(response);
                        next = number(body, "\"next\":");
                        head = number(body, "\"head\":");
                    } catch (RuntimeException unreadable) {
                        tally.error("unreadable page");
                        running.decrementAndGet();
                        return;
                    }
                    long served = next - after;
                    if (first) {
                        (served == 0 ? tally.noNews : tally.withEvents).incrementAndGet();
                    }
                    tally.events.addAndGet(served);
                    synchronized (cursors) {
                        cursors[index] = next;
                    }
                    if (next < head && served > 0) {
                        page(cloud, m, cursors, index, tally, running, false);
                    } else {
                        running.decrementAndGet();
                    }
                });
    }

    /** A poll as the standby's own client sends it ({@code CloudClient.feedPage}): gzip asked for. */
    static HttpRequest request(URI cloud, Fleet.Member m, long after, int limit) {
        return request(cloud, m, after, limit, true);
    }

    /** A poll, gzip asked for or not (the bench's A/B measures both). */
    static HttpRequest request(URI cloud, Fleet.Member m, long after, int limit, boolean gzip) {
        var request = HttpRequest.newBuilder(
                        cloud.resolve("/api/v1/properties/" + m.code() + "/feed?after=" + after + "&limit=" + limit))
                .header("Authorization", "Bearer " + m.credential())
                .timeout(Duration.ofSeconds(60));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return request.GET().build();
    }

    /** The page's bytes, unzipped when the cloud compressed them (as it does for pages of events, asked for gzip). */
    static byte[] body(HttpResponse<byte[]> response) {
        try {
            return FeedTransfer.decode(response);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a gzipped page that does not unzip: " + e.getMessage(), e);
        }
    }

    /** A number from the page's head ({@code {"property":…,"after":…,"next":…,"head":…,"events":[}). */
    static long number(byte[] body, String key) {
        String start = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        int at = start.indexOf(key);
        if (at < 0) {
            throw new IllegalStateException("no " + key + " in the page: " + start);
        }
        int from = at + key.length();
        int to = from;
        while (to < start.length() && Character.isDigit(start.charAt(to))) {
            to++;
        }
        return Long.parseLong(start.substring(from, to));
    }
}
