package app.innkeep.standby.sync;

import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.PropertyEvent.BusinessDateRolled;
import app.innkeep.model.json.Json;
import app.innkeep.model.json.JsonException;
import app.innkeep.model.json.JsonObject;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import app.innkeep.standby.outage.Collisions;
import app.innkeep.standby.pairing.CloudClient;
import app.innkeep.standby.pairing.CloudClient.CloudRefused;
import app.innkeep.standby.pairing.CloudClient.CloudUnreachable;
import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.store.Replica;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the replica current: the master-data preflight, held events retried, then the feed page by page, each page
 * applied together with the cursor in one transaction (a crash at any point leaves the replica at a page boundary,
 * and the next run takes up from there). Full resync replaces the replicated tables from a fresh snapshot,
 * downloaded completely before anything is replaced. Never two runs at once.
 */
@Singleton
public class SyncService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    /** How a run ended. */
    @io.micronaut.serde.annotation.Serdeable
    public record RunResult(String result, String message, int applied, int held, long cursor) {}

    private final CloudClient cloud;
    private final SyncStates states;
    private final ReplicaApplier applier;
    private final MasterDataPreflight preflight;
    private final Replica replica;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Collisions collisions;
    private final io.micronaut.context.event.ApplicationEventPublisher<SyncFinished> events;
    private final int pageSize;
    private final ReentrantLock running = new ReentrantLock();
    private volatile String progress;

    public SyncService(
            CloudClient cloud,
            SyncStates states,
            ReplicaApplier applier,
            MasterDataPreflight preflight,
            Replica replica,
            TransactionOperations<Connection> tx,
            Clock clock,
            Collisions collisions,
            io.micronaut.context.event.ApplicationEventPublisher<SyncFinished> events,
            @Value("${innkeep.standby.sync.page-size:500}") int pageSize) {
        this.collisions = collisions;
        this.events = events;
        this.cloud = cloud;
        this.states = states;
        this.applier = applier;
        this.preflight = preflight;
        this.replica = replica;
        this.tx = tx;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** What a running sync or resync is doing now, for the status page ("Bootstrap: 40% (4,000 of 10,000 lines)"). */
    public String progress() {
        return progress;
    }

    public boolean isRunning() {
        return running.isLocked();
    }

    /** Pulls everything new from the feed. {@code trigger} says why (SCHEDULE, MANUAL, STARTUP) for the history. */
    public RunResult sync(String trigger) {
        if (!acquire(trigger)) {
            return new RunResult("SKIPPED", "a sync is already running", 0, 0, -1);
        }
        RunResult result;
        try {
            result = syncLocked(trigger);
        } finally {
            progress = null;
            running.unlock();
        }
        events.publishEvent(new SyncFinished(trigger, result));
        return result;
    }

    /**
     * Replaces the cloud's copy from a fresh snapshot. The desk's own work (outage journal, local bookings and folio
     * lines, walk-in numbers, staff) is in other tables and is not touched; it is compared with the new copy.
     */
    public RunResult resync(String trigger) {
        running.lock();
        RunResult result;
        try {
            result = resyncLocked(trigger);
        } finally {
            progress = null;
            running.unlock();
        }
        events.publishEvent(new SyncFinished(trigger, result));
        return result;
    }

    /**
     * A scheduled run skips when another run is busy; someone who pressed "sync now" waits for it to finish (up to
     * ten minutes) and then gets a run of their own.
     */
    private boolean acquire(String trigger) {
        if (!"MANUAL".equals(trigger)) {
            return running.tryLock();
        }
        try {
            return running.tryLock(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private RunResult syncLocked(String trigger) {
        SyncState state = tx.executeRead(s -> states.current()).orElse(null);
        if (state == null) {
            return new RunResult("NOT_PAIRED", "this standby is not paired with a property yet (Set backup)", 0, 0, 0);
        }
        long runId = tx.executeWrite(s -> states.startRun(trigger, clock.instant(), state.cursor()));
        long started = System.nanoTime();
        int applied = 0;
        int held = 0;
        long cursor = state.cursor();
        try {
            var blocking = tx.executeRead(s -> preflight.blockingProblem());
            if (blocking.isPresent()) {
                return finish(runId, "STOPPED", blocking.get(), 0, 0, cursor, true);
            }
            applied += tx.executeWrite(s -> retryHeld());
            while (true) {
                progress = "Sync: reading the feed after " + cursor;
                String text = cloud.feedPage(state.cloudUrl(), state.property(), state.credential(), cursor, pageSize);
                Page page = Page.parse(text, cursor, state.property());
                int[] counts = tx.executeWrite(s -> applyPage(page));
                applied += counts[0];
                held += counts[1];
                cursor = page.next();
                if (page.events().isEmpty() || cursor >= page.head()) {
                    break;
                }
            }
            tx.executeWrite(s -> {
                states.pulled(clock.instant());
                return null;
            });
            String message = "applied " + applied + (held > 0 ? ", held " + held : "") + "; at sequence " + cursor
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms";
            LOG.info("Sync ({}) of {}: {}", trigger, state.property(), message);
            return finish(runId, "OK", message, applied, held, cursor, false);
        } catch (CloudRefused refused) {
            if (refused.status() == 410) {
                LOG.warn(
                        "The cloud no longer has the events after {}: starting a full resync ({})",
                        cursor,
                        refused.getMessage());
                finish(runId, "RESYNC", refused.getMessage(), applied, held, cursor, false);
                return resyncLocked("AUTO-410");
            }
            String reason = refused.status() == 401
                    ? "the cloud refused this standby's credential: " + refused.getMessage()
                            + ". Pair the standby again (Set backup)."
                    : refused.status() == 403
                            ? "the cloud refused: " + refused.getMessage()
                            : "the cloud refused the sync: " + refused.getMessage();
            return finish(runId, "STOPPED", reason, applied, held, cursor, true);
        } catch (CloudUnreachable | MalformedPage e) {
            LOG.warn("Sync ({}) of {} failed: {}", trigger, state.property(), e.getMessage());
            return finish(runId, "FAILED", e.getMessage(), applied, held, cursor, false);
        } catch (RuntimeException e) {
            LOG.error("Sync ({}) of {} stopped: {}", trigger, state.property(), e.getMessage(), e);
            return finish(runId, "FAILED", e.getMessage(), applied, held, cursor, true);
        }
    }

    private RunResult finish(
            long runId, String result, String message, int applied, int held, long cursor, boolean stop) {
        tx.executeWrite(s -> {
            states.finishRun(runId, clock.instant(), result, message, applied, held, cursor);
            if (stop) {
                states.stopped(message);
            }
            return null;
        });
        return new RunResult(result, message, applied, held, cursor);
    }

    /** Applies one page and moves the cursor past it, in the caller's transaction. Returns {applied, held}. */
    private int[] applyPage(Page page) {
        int applied = 0;
        int held = 0;
        Instant newest = null;
        LocalDate businessDate = null;
        for (String raw : page.events()) {
            DecodeResult result = EventCodec.decode(raw);
            if (applier.apply(result, raw) == ReplicaApplier.Outcome.APPLIED) {
                applied++;
            } else {
                held++;
            }
            if (result instanceof DecodeResult.Decoded(EventEnvelope envelope)) {
                newest = envelope.occurredAt();
                if (envelope.event() instanceof BusinessDateRolled rolled) {
                    businessDate = rolled.businessDate();
                }
            }
        }
        states.advance(page.next(), page.head(), newest, applied, businessDate);
        return new int[] {applied, held};
    }

    /** Held events whose reason has gone (master data adopted since) are applied, oldest first. */
    private int retryHeld() {
        int applied = 0;
        for (var held : replica.list(
                "SELECT SEQUENCE_NO, PAYLOAD FROM HELD_EVENT ORDER BY SEQUENCE_NO",
                rs -> Map.entry(rs.getLong(1), rs.getString(2)))) {
            if (applier.retry(held.getKey(), held.getValue(), EventCodec.decode(held.getValue()))) {
                applied++;
            }
        }
        if (applied > 0) {
            replica.update("UPDATE SYNC_STATE SET EVENTS_APPLIED = EVENTS_APPLIED + ? WHERE ID = 1", applied);
            LOG.info("{} held events applied now that their master data is here", applied);
        }
        return applied;
    }

    private RunResult resyncLocked(String trigger) {
        SyncState state = tx.executeRead(s -> states.current()).orElse(null);
        if (state == null) {
            return new RunResult("NOT_PAIRED", "this standby is not paired with a property yet (Set backup)", 0, 0, 0);
        }
        long runId = tx.executeWrite(s -> states.startRun(trigger, clock.instant(), state.cursor()));
        Path file = null;
        try {
            progress = "Full resync: downloading the snapshot";
            file = Files.createTempFile("innkeep-snapshot-", ".ndjson");
            SnapshotLine.Header header = download(state, file);
            Path complete = file;
            long total =
                    header.counts().values().stream().mapToLong(Long::longValue).sum();
            int adopted = tx.executeWrite(s -> replaceReplica(complete, header, total));
            String message = "replica replaced from a snapshot at sequence " + header.sequence() + ": "
                    + header.counts()
                    + (adopted > 0
                            ? "; adopted " + adopted + " master-data entries from the cloud into the empty standby"
                            : "");
            LOG.info("Full resync ({}) of {}: {}", trigger, state.property(), message);
            finish(runId, "OK", message, (int) total, 0, header.sequence(), false);
        } catch (CloudRefused | CloudUnreachable | MalformedPage e) {
            LOG.warn(
                    "Full resync ({}) of {} failed, the replica is unchanged: {}",
                    trigger,
                    state.property(),
                    e.getMessage());
            return finish(
                    runId,
                    "FAILED",
                    "full resync failed, the replica is unchanged: " + e.getMessage(),
                    0,
                    0,
                    state.cursor(),
                    true);
        } catch (IOException e) {
            return finish(
                    runId,
                    "FAILED",
                    "full resync failed, the replica is unchanged: " + e.getMessage(),
                    0,
                    0,
                    state.cursor(),
                    true);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind is cleaned by the OS.
                }
            }
        }
        return syncLocked(trigger);
    }

    /** Downloads the whole snapshot to a file and checks it is complete before anything is replaced. */
    private SnapshotLine.Header download(SyncState state, Path file) throws IOException {
        SnapshotLine.Header[] header = new SnapshotLine.Header[1];
        SnapshotLine.End[] end = new SnapshotLine.End[1];
        long[] lines = {0};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            cloud.snapshot(state.cloudUrl(), state.property(), state.credential(), text -> {
                try {
                    SnapshotLine line = SnapshotCodec.decode(text);
                    if (line instanceof SnapshotLine.Header h) {
                        header[0] = h;
                    } else if (line instanceof SnapshotLine.End e) {
                        end[0] = e;
                    } else {
                        lines[0]++;
                        if (header[0] != null && lines[0] % 1000 == 0) {
                            long total = header[0].counts().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum();
                            progress = "Full resync: downloaded " + lines[0] + " of " + total + " lines ("
                                    + (lines[0] * 100 / Math.max(1, total)) + "%)";
                        }
                    }
                    out.write(text);
                    out.write("\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (JsonException e) {
                    throw new MalformedPage("the snapshot has an unreadable line: " + e.getMessage());
                }
            });
        }
        if (header[0] == null || end[0] == null) {
            throw new MalformedPage(
                    "the snapshot download is incomplete (no " + (header[0] == null ? "header" : "end line") + ")");
        }
        long expected =
                end[0].counts().values().stream().mapToLong(Long::longValue).sum();
        if (expected != lines[0] || !end[0].counts().equals(header[0].counts())) {
            throw new MalformedPage("the snapshot is incomplete: " + lines[0] + " lines, its counts say " + expected);
        }
        if (!header[0].property().equals(state.property())) {
            throw new MalformedPage(
                    "the snapshot is of " + header[0].property() + ", this standby mirrors " + state.property());
        }
        return header[0];
    }

    /** In one transaction: the replicated tables are emptied and filled from the snapshot file. Returns adopted entries. */
    private int replaceReplica(Path file, SnapshotLine.Header header, long total) {
        for (String table : List.of("FOLIO_LINE", "BOOKING", "ROOM", "CLOUD_MASTER_DATA", "HELD_EVENT")) {
            replica.update("DELETE FROM " + table);
        }
        long done = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null) {
                SnapshotLine line = SnapshotCodec.decode(text);
                switch (line) {
                    case SnapshotLine.MasterData(var m) -> applier.masterData(m, header.sequence());
                    case SnapshotLine.Room r ->
                        replica.update(
                                "INSERT INTO ROOM (ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, SEQUENCE_NO) VALUES (?, ?, ?, ?, ?, ?)",
                                r.room(),
                                r.roomType(),
                                r.housekeeping(),
                                r.outOfOrder(),
                                r.active(),
                                header.sequence());
                    case SnapshotLine.Booking b -> applier.booking(b.booking(), header.sequence());
                    case SnapshotLine.FolioLine l -> applier.folioLine(l.line(), header.sequence());
                    case SnapshotLine.Header h -> {}
                    case SnapshotLine.End e -> {}
                }
                if (++done % 2000 == 0) {
                    progress = "Full resync: applied " + done + " of " + total + " lines ("
                            + (done * 100 / Math.max(1, total)) + "%)";
                    LOG.info("Full resync: {} of {} lines applied", done, total);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int adopted = preflight.localIsEmpty() ? preflight.adoptAll() : 0;
        collisions.afterResync();
        states.snapshotApplied(
                header.name(),
                header.timeZone(),
                header.currency(),
                header.businessDate(),
                header.sequence(),
                header.generatedAt(),
                clock.instant());
        return adopted;
    }

    /** A feed page or snapshot that does not fit together; nothing of it is applied. */
    static final class MalformedPage extends RuntimeException {
        MalformedPage(String message) {
            super(message);
        }
    }

    /** A checked feed page: contiguous sequences starting right after the cursor, of this property. */
    record Page(long next, long head, List<String> events) {

        static Page parse(String text, long cursor, String property) {
            JsonObject page;
            try {
                page = JsonObject.parse(text);
            } catch (JsonException e) {
                throw new MalformedPage(
                        "the feed page is not readable JSON (" + e.getMessage() + "); nothing of it was applied");
            }
            try {
                long after = page.requiredLong("after");
                long next = page.requiredLong("next");
                long head = page.requiredLong("head");
                if (after != cursor || !property.equals(page.requiredString("property"))) {
                    throw new MalformedPage("the feed page does not follow cursor " + cursor + " of " + property);
                }
                Object events = ((Map<?, ?>) Json.parse(text)).get("events");
                if (!(events instanceof List<?> list) || next != after + list.size()) {
                    throw new MalformedPage(
                            "the feed page's events do not match its cursor; nothing of it was applied");
                }
                List<String> raws = new java.util.ArrayList<>();
                long expected = cursor + 1;
                for (Object e : list) {
                    if (!(e instanceof Map<?, ?> map)
                            || !(map.get("sequence") instanceof java.math.BigDecimal seq)
                            || seq.longValue() != expected++) {
                        throw new MalformedPage(
                                "the feed page is not a gap-free run after " + cursor + "; nothing of it was applied");
                    }
                    raws.add(Json.write(new LinkedHashMap<>(map)));
                }
                return new Page(next, head, raws);
            } catch (JsonException e) {
                throw new MalformedPage(
                        "the feed page is incomplete (" + e.getMessage() + "); nothing of it was applied");
            }
        }
    }
}
