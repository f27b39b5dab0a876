package app.innkeep.cloud.outbox;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.PropertyEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The transactional outbox: every change appends its event in the same transaction as the change itself, so the
 * feed has an event exactly when the change was saved.
 *
 * <p>The sequence comes from the property row, whose update lock is held until commit: a second writer for the same
 * property waits, so events become visible strictly in sequence order with no gaps (ADR 0006).
 *
 * <p>Its own package, below the features that write it and the feed that reads it: the feed and the snapshot read
 * the features' tables, so the features must not depend on the feed.
 */
@Store
@Singleton
public class Outbox {

    private final Db db;
    private final FeedRuns runs;
    private final Clock clock;
    private final Supplier<UUID> eventIds;
    private final Timer appends;

    @Inject
    public Outbox(Db db, FeedRuns runs, Clock clock, MeterRegistry registry) {
        this(db, runs, clock, UUID::randomUUID, registry);
    }

    /** Without a registry to report to (the benchmark's outbox that writes nothing): the timer goes nowhere. */
    public Outbox(Db db, FeedRuns runs, Clock clock) {
        this(db, runs, clock, UUID::randomUUID, Metrics.globalRegistry);
    }

    Outbox(Db db, FeedRuns runs, Clock clock, Supplier<UUID> eventIds, MeterRegistry registry) {
        this.db = db;
        this.runs = runs;
        this.clock = clock;
        this.eventIds = eventIds;
        // Includes the wait for the property row's lock: that wait is what grows when one property writes a lot.
        this.appends = Timer.builder("innkeep.outbox.append")
                .description("Time to append an event to the outbox: the sequence (property row lock) and the insert")
                .register(registry);
    }

    /** Appends the event and returns its envelope; must run inside the transaction that made the change. */
    public EventEnvelope append(PropertyRow property, String actor, LocalDate businessDate, PropertyEvent event) {
        long started = System.nanoTime();
        long sequence = nextSequence(property.id());
        Instant now = clock.instant();
        var envelope = new EventEnvelope(
                property.code(), sequence, eventIds.get(), now, businessDate, actor, EventCodec.SCHEMA_VERSION, event);
        db.update(
                "INSERT INTO OUTBOX_EVENT (PROPERTY_ID, SEQUENCE_NO, EVENT_ID, EVENT_TYPE, OCCURRED_AT, PAYLOAD) VALUES (?, ?, ?, ?, ?, ?)",
                property.id(),
                sequence,
                envelope.eventId().toString(),
                event.type(),
                now,
                EventCodec.encode(envelope));
        // Still under the property row's lock: the run this event completes is sealed in order, once (ADR 0024).
        runs.sealIfComplete(property.id(), sequence);
        appends.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return envelope;
    }

    /**
     * Takes the property's next sequence. PostgreSQL does it in one round trip ({@code RETURNING}); Derby, which has
     * no {@code RETURNING}, needs a second statement. Both hold the row lock until commit.
     */
    private long nextSequence(long propertyId) {
        if (!db.isDerby()) {
            return db.one(
                            "UPDATE PROPERTY SET NEXT_EVENT_SEQUENCE = NEXT_EVENT_SEQUENCE + 1 WHERE ID = ? RETURNING NEXT_EVENT_SEQUENCE - 1",
                            rs -> rs.getLong(1),
                            propertyId)
                    .orElseThrow();
        }
        db.update("UPDATE PROPERTY SET NEXT_EVENT_SEQUENCE = NEXT_EVENT_SEQUENCE + 1 WHERE ID = ?", propertyId);
        return db.one("SELECT NEXT_EVENT_SEQUENCE - 1 FROM PROPERTY WHERE ID = ?", rs -> rs.getLong(1), propertyId)
                .orElseThrow();
    }

    public EventEnvelope append(PropertyRow property, String actor, PropertyEvent event) {
        return append(property, actor, property.businessDate(), event);
    }
}
