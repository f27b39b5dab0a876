package app.innkeep.cloud.feed;

import static app.innkeep.cloud.support.TestHotel.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.cloud.support.Api;
import app.innkeep.cloud.support.CloudIT;
import app.innkeep.cloud.support.TestDatabase;
import app.innkeep.cloud.support.TestHotel;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many front desks write to one property at once, through one or two cloud instances on the same PostgreSQL, while
 * a standby polls the feed: it must see every event exactly once, in sequence order, and never find an event
 * appear behind its cursor.
 */
@MicronautTest(transactional = false)
class PostgresFeedOrderingIT extends CloudIT {

    static final int WRITERS = 8;
    static final int CHARGES_PER_WRITER = 40;

    EmbeddedServer second;
    TestHotel hotel;
    String credential;
    List<String> bookings = new ArrayList<>();

    @Override
    protected TestDatabase createDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    protected Map<String, String> extraProperties() {
        // Instances behind one load balancer share the signing secret.
        return Map.of("innkeep.jwt-secret", "feed-ordering-test-secret-0123456789abcdef");
    }

    @BeforeAll
    void setUp() {
        String support = supportToken();
        hotel = TestHotel.open(api(), support, "ORD", "2026-03-10");
        ok(api().put(support, "/api/v1/admin/properties/ORD/backup", Map.of("enabled", true)));
        String code = ok(api().post(hotel.admin, hotel.path("/pairing-codes"), Map.of()))
                .text("code");
        credential = ok(api().post(null, "/api/v1/pairing", Map.of("code", code, "deviceName", "Ordering")))
                .text("credential");
        for (int i = 0; i < WRITERS; i++) {
            var arrival = java.time.LocalDate.parse("2026-04-01").plusDays(2L * i);
            bookings.add(hotel.book(
                    "Writer" + i, arrival.toString(), arrival.plusDays(1).toString(), null));
        }
        second = ApplicationContext.run(EmbeddedServer.class, new java.util.HashMap<String, Object>(getProperties()));
    }

    @AfterAll
    void stopSecond() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void oneInstanceManyWritersAndAPollingReaderSeeEveryEventOnceInOrder() throws Exception {
        run(List.of(api()));
    }

    @Test
    void twoInstancesOnOneDatabaseKeepTheFeedGapFreeAndOrdered() throws Exception {
        run(List.of(api(), new Api(second.getURI())));
    }

    private void run(List<Api> instances) throws Exception {
        Api reader = instances.get(instances.size() - 1);
        long start = head(reader);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger posted = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<?> polling = pool.submit(() -> {
                long cursor = start;
                while (true) {
                    boolean last = !writing.get();
                    var page = reader.get(credential, hotel.path("/feed?after=" + cursor + "&limit=50"));
                    if (page.status() != 200) {
                        failures.add("reader got " + page);
                        return;
                    }
                    for (JsonNode event : page.json().get("events")) {
                        long sequence = event.get("sequence").asLong();
                        if (sequence != cursor + 1) {
                            failures.add("after " + cursor + " the feed gave " + sequence);
                        }
                        seen.add(sequence);
                        cursor = sequence;
                    }
                    if (last && cursor == page.json().get("head").asLong()) {
                        return;
                    }
                }
            });
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Api api = instances.get(w % instances.size());
                String booking = bookings.get(w);
                writers.add(pool.submit(() -> {
                    go.await();
                    for (int c = 0; c < CHARGES_PER_WRITER; c++) {
                        var answer = api.post(
                                hotel.desk,
                                hotel.path("/bookings/" + booking + "/folio/charges"),
                                Map.of("item", "MINIBAR"));
                        if (answer.status() == 201) {
                            posted.incrementAndGet();
                        } else {
                            failures.add("charge refused: " + answer);
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (var w : writers) {
                w.get();
            }
            writing.set(false);
            polling.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        assertThat(posted.get()).isEqualTo(WRITERS * CHARGES_PER_WRITER);
        assertThat(seen).hasSize(WRITERS * CHARGES_PER_WRITER);
        assertThat(seen).doesNotHaveDuplicates().isSorted();
        assertThat(seen.getFirst()).isEqualTo(start + 1);
        assertThat(seen.getLast()).isEqualTo(head(reader));
    }

    private long head(Api api) {
        return ok(api.get(credential, hotel.path("/feed?limit=1&after=0")))
                .json()
                .get("head")
                .asLong();
    }
}
