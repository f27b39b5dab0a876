package app.innkeep.cloud.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feed's meters (README "Metrics"): every feed request timed by its status, as a filter so that refusals and
 * answers that never reach the service count too; pages and events counted where the page is made. No property in
 * any label: ten thousand properties would be ten thousand series.
 */
@ServerFilter("/api/v1/properties/*/feed")
public class FeedMeters {

    private static final String STARTED = FeedMeters.class.getName() + ".started";
    // Buckets around the fleet's question "how long does a poll take", so p95/p99 can be read from the histogram.
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)
    };

    private final MeterRegistry registry;
    private final Map<Integer, Timer> requests = new ConcurrentHashMap<>();
    private final Counter withEvents;
    private final Counter noNews;
    private final Counter events;
    private final Counter laneAnswered;
    private final Counter laneHandedOver;

    public FeedMeters(MeterRegistry registry) {
        this.registry = registry;
        this.withEvents = pages(registry, "events");
        this.noNews = pages(registry, "none");
        this.events = Counter.builder("innkeep.feed.events.served")
                .description("Events sent to standbys in feed pages")
                .register(registry);
        this.laneAnswered = lane(registry, "answered");
        this.laneHandedOver = lane(registry, "handed-over");
    }

    private static Counter lane(MeterRegistry registry, String outcome) {
        return Counter.builder("innkeep.feed.lane")
                .description("Feed requests the lane in front of the router took: answered there, or handed over to the"
                        + " controller (a refusal or a fault, worded there)")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** The lane answered a request itself ({@code true}) or handed it over to the controller. */
    void lane(boolean answered) {
        (answered ? laneAnswered : laneHandedOver).increment();
    }

    private static Counter pages(MeterRegistry registry, String news) {
        return Counter.builder("innkeep.feed.pages")
                .description("Feed pages served, with events or with no news")
                .tag("news", news)
                .register(registry);
    }

    /** A page went out with this many events. */
    void served(int count) {
        (count == 0 ? noNews : withEvents).increment();
        events.increment(count);
    }

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    public void stop(HttpRequest<?> request, HttpResponse<?> response) {
        request.getAttribute(STARTED, Long.class).ifPresent(started -> answered(response.code(), started));
    }

    /** A feed request answered with {@code status}; {@code started} is its {@link System#nanoTime()} on arrival. */
    void answered(int status, long started) {
        requests.computeIfAbsent(
                        status,
                        code -> Timer.builder("innkeep.feed.requests")
                                .description("Feed requests and their latency, by HTTP status")
                                .tag("status", String.valueOf(code))
                                .serviceLevelObjectives(BUCKETS)
                                .register(registry))
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
