package app.innkeep.cloud.feed;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the next page of a standby that is catching up while the page it has just been given travels and is applied,
 * so its next request is answered without waiting for the database (ADR 0006 keeps events immutable once committed,
 * so a page read a moment early is the page). One page per device, kept briefly: a standby that stops asking loses
 * nothing but the read. Every request is still authorised and checked against the feed's head and retention first.
 */
@Singleton
public class FeedReadAhead {

    private static final Logger LOG = LoggerFactory.getLogger(FeedReadAhead.class);

    /** A page read ahead lasts this long; a standby asks again within milliseconds while it catches up. */
    private static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** What a device is owed next: the page after {@code after} of {@code limit} events, read or being read. */
    private record Ahead(
            long propertyId, long after, int limit, long startedNanos, CompletableFuture<EncodedEvents> page) {

        boolean answers(long propertyId, long after, int limit) {
            return this.propertyId == propertyId && this.after == after && this.limit == limit;
        }
    }

    private final FeedEvents events;
    private final TransactionOperations<Connection> tx;
    /**
     * Its own threads, not the server's instrumented executor: that one would carry the request's transaction into
     * the read, which must have a connection and a transaction of its own.
     */
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("feed-read-ahead-", 0).factory());

    private final boolean enabled;
    private final int maxDevices;
    private final Map<Long, Ahead> byDevice = new ConcurrentHashMap<>();

    public FeedReadAhead(
            FeedEvents events,
            TransactionOperations<Connection> tx,
            @Value("${innkeep.feed.read-ahead:true}") boolean enabled,
            @Value("${innkeep.feed.read-ahead-devices:64}") int maxDevices) {
        this.events = events;
        this.tx = tx;
        this.enabled = enabled;
        this.maxDevices = maxDevices;
    }

    /**
     * The page read ahead for this device, if it is the one asked for and still whole: {@code limit} events, or every
     * event up to the head as it stands now. Otherwise nothing, and the caller reads the page itself.
     */
    public Optional<EncodedEvents> take(long deviceId, long propertyId, long after, int limit, long head) {
        Ahead ahead = byDevice.remove(deviceId);
        if (ahead == null || !ahead.answers(propertyId, after, limit)) {
            return Optional.empty();
        }
        try {
            EncodedEvents page = ahead.page().get(10, TimeUnit.SECONDS);
            boolean whole = page.count() == limit || after + page.count() == head;
            return whole && page.count() > 0 ? Optional.of(page) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            LOG.debug("Page after {} read ahead for device {} failed; reading it now", after, deviceId, e);
            return Optional.empty();
        }
    }

    /**
     * Starts reading the page after {@code after} for this device when more events wait than the page just served
     * held, which is when a standby is catching up and will ask for it next.
     */
    public void readNext(long deviceId, long propertyId, long after, int limit, long head) {
        if (!enabled || after >= head) {
            return;
        }
        forgetStale();
        if (byDevice.size() >= maxDevices && !byDevice.containsKey(deviceId)) {
            return;
        }
        CompletableFuture<EncodedEvents> page = new CompletableFuture<>();
        byDevice.put(deviceId, new Ahead(propertyId, after, limit, System.nanoTime(), page));
        try {
            executor.execute(() -> {
                try {
                    page.complete(tx.executeRead(status -> contiguous(events.page(propertyId, after, limit), after)));
                } catch (RuntimeException e) {
                    page.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            byDevice.remove(deviceId);
        }
    }

    /**
     * The stored events as one encoded run, if their sequences follow on from {@code after} without a hole (a hole
     * means retention removed events meanwhile; the request then reads and reports it itself).
     */
    static EncodedEvents contiguous(java.util.List<FeedEvents.StoredEvent> stored, long after) {
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).sequence() != after + 1 + i) {
                throw new IllegalStateException("events after " + after + " have a hole at " + (after + 1 + i));
            }
        }
        return EncodedEvents.of(
                stored.stream().map(FeedEvents.StoredEvent::payload).toList());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void forgetStale() {
        long now = System.nanoTime();
        byDevice.values().removeIf(ahead -> now - ahead.startedNanos() > KEEP_NANOS);
    }
}
