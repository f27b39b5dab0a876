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
import app.innkeep.standby.cli.SuggestedCommand;
import app.innkeep.standby.cloud.CloudClient;
import app.innkeep.standby.cloud.CloudClient.CloudRefused;
import app.innkeep.standby.cloud.CloudClient.CloudUnreachable;
import app.innkeep.standby.preflight.MasterDataPreflight;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.ReplicaBatch;
import app.innkeep.standby.store.ReplicaDisk;
import app.innkeep.standby.store.ReplicaRows;
import app.innkeep.standby.store.SnapshotTable;
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
    private final CloudWriteListener collisions;
    private final io.micronaut.context.event.ApplicationEventPublisher<SyncFinished> events;
    private final int pageSize;
    private final ReplicaDisk disk;
    private final ReentrantLock running = new ReentrantLock();
    private volatile String progress;
    private volatile boolean warmingUp;

    public SyncService(
            CloudClient cloud,
            SyncStates states,
            ReplicaApplier applier,
            MasterDataPreflight preflight,
            Replica replica,
            TransactionOperations<Connection> tx,
            Clock clock,
            CloudWriteListener collisions,
            io.micronaut.context.event.ApplicationEventPublisher<SyncFinished> events,
            ReplicaDisk disk,
            @Value("${innkeep.standby.sync.page-size:1000}") int pageSize) {
        this.disk = disk;
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
        return running.isLocked() && !warmingUp;
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
     * After a full disk, once there is room again: the replica is reopened (Derby may have been left broken by the
     * failed writes), the runs the full disk cut short are closed as such, and a run picks up where things stand,
     * finishing the bootstrap if it was the bootstrap that failed. Empty when there is nothing to do or a run is busy.
     */
    public java.util.Optional<RunResult> resumeWhenRoom() {
        if (!disk.roomAgain() || !running.tryLock()) {
            return java.util.Optional.empty();
        }
        RunResult result;
        try {
            disk.reopen();
            tx.executeWrite(s -> states.markUnfinished(
                    clock.instant(),
                    "ended when the disk was full; nothing of it was half-applied, and the standby carried on once"
                            + " there was room again"));
            result = syncLocked("DISK-FREED");
        } catch (RuntimeException e) {
            result = failedBeforeStart("DISK-FREED", e);
        } finally {
            progress = null;
            running.unlock();
        }
        events.publishEvent(new SyncFinished("DISK-FREED", result));
        return java.util.Optional.of(result);
    }

    /**
     * At start: runs a kill or crash cut short are marked INTERRUPTED, and a pairing whose bootstrap never completed is
     * finished (in the background, so the front desk is up meanwhile).
     */
    public void recoverAtStart() {
        tx.executeWrite(s -> states.markUnfinished(
                clock.instant(),
                "the standby stopped during this run (killed, crashed or switched off); nothing of it was half-applied,"
                        + " and the next run took up from where the replica stood"));
        boolean pending = tx.executeRead(
                s -> states.current().map(SyncState::bootstrapPending).orElse(false));
        if (pending) {
            LOG.info("This standby is paired but its bootstrap did not complete: bootstrapping again now");
            Thread.ofVirtual().name("bootstrap-at-start").start(() -> sync("STARTUP"));
        }
    }

    /**
     * Applies the warm-up's made-up page ({@link SyncWarmUp}) and rolls it back. Skipped when a run is busy, the standby
     * is not bootstrapped, or the desk has work of its own (outage work a cloud change would be compared with).
     */
    void warmUp(SyncWarmUp warmUp) {
        if (!running.tryLock()) {
            LOG.info("Sync warm-up skipped: a run is already busy");
            return;
        }
        warmingUp = true;
        long started = System.nanoTime();
        try {
            SyncState state = tx.executeRead(s -> states.current()).orElse(null);
            if (state == null
                    || state.bootstrapPending()
                    || tx.executeRead(s -> !collisions.deskWork().isEmpty())) {
                LOG.info("Sync warm-up skipped: the standby is not bootstrapped yet, or the desk has work of its own");
                return;
            }
            var text = tx.executeRead(s -> warmUp.page(state.property(), state.cursor()));
            if (text.isEmpty()) {
                LOG.info("Sync warm-up skipped: the replica has no booking and folio line to copy yet");
                return;
            }
            Page page = Page.parse(text.get(), state.cursor(), state.property());
            try {
                tx.executeWrite(s -> {
                    applyPage(page);
                    throw new RolledBack();
                });
            } catch (RolledBack expected) {
                // The page was applied and undone, as intended.
            }
            LOG.info(
                    "Sync warmed up in {} ms: a made-up page of {} copied rows applied and rolled back",
                    (System.nanoTime() - started) / 1_000_000,
                    page.events().size());
        } catch (RuntimeException e) {
            LOG.warn("Sync warm-up skipped: {}", e.getMessage());
        } finally {
            warmingUp = false;
            running.unlock();
        }
    }

    /** Ends the warm-up's transaction with a rollback. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super("warm-up rolled back", null, false, false);
        }
    }

    /**
     * A scheduled run skips when another run is busy; someone who pressed "sync now" waits for it to finish (up to
     * ten minutes) and then gets a run of their own.
     */
    private boolean acquire(String trigger) {
        if (!"MANUAL".equals(trigger)) {
            if (running.tryLock()) {
                return true;
            }
            // The warm-up is not a run: a scheduled run that meets it waits the moment it takes.
            try {
                return warmingUp && running.tryLock(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        try {
            return running.tryLock(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private RunResult syncLocked(String trigger) {
        SyncState state;
        long runId;
        try {
            state = tx.executeRead(s -> states.current()).orElse(null);
            if (state == null) {
                return notPaired();
            }
            if (state.bootstrapPending()) {
                // Paired, but the bootstrap never completed (killed, disk full, cloud gone mid-way): finish it first,
                // rather than following the feed from an empty replica.
                LOG.info("The bootstrap of {} has not completed yet: bootstrapping again", state.property());
                return resyncLocked("BOOTSTRAP");
            }
            runId = tx.executeWrite(s -> states.startRun(trigger, clock.instant(), state.cursor()));
        } catch (RuntimeException e) {
            return failedBeforeStart(trigger, e);
        }
        Instant runStarted = clock.instant();
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
            // Where a run's time goes, the cloud's side or the replica's, told in its message: the time spent waiting
            // for a page (the next page is read while this one is written, so only what is not overlapped counts).
            long waiting = 0;
            long applying = 0;
            PageReader reader = new PageReader(state);
            try {
                reader.request(cursor);
                while (true) {
                    long t0 = System.nanoTime();
                    Page page = reader.take();
                    long t1 = System.nanoTime();
                    boolean last = page.events().isEmpty() || page.next() >= page.head();
                    if (!last) {
                        reader.request(page.next());
                    }
                    int[] counts = tx.executeWrite(s -> applyPage(page));
                    waiting += t1 - t0;
                    applying += System.nanoTime() - t1;
                    applied += counts[0];
                    held += counts[1];
                    cursor = page.next();
                    if (last) {
                        break;
                    }
                }
            } finally {
                reader.cancel();
            }
            tx.executeWrite(s -> {
                states.pulled(clock.instant());
                return null;
            });
            String message = "applied " + applied + (held > 0 ? ", held " + held : "") + "; at sequence " + cursor
                    + " in " + (System.nanoTime() - started) / 1_000_000 + " ms (waiting for the feed "
                    + waiting / 1_000_000 + " ms, applying " + applying / 1_000_000 + " ms)";
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
            markCloudAnswered();
            String reason = refused.status() == 401
                    ? "the cloud refused this standby's credential: " + refused.getMessage()
                            + ". Pair the standby again with a new pairing code: Set backup on the status page, or run "
                            + SuggestedCommand.PAIR.text("URL", state.cloudUrl())
                    : refused.status() == 403
                            // The backup flag is off: the scheduled runs go on, and the first after it is on resumes.
                            ? "the cloud refused: " + refused.getMessage() + ". Sync resumes by itself once that is"
                                    + " mended; to sync at once then, run " + SuggestedCommand.SYNC.text()
                            : "the cloud refused the sync: " + refused.getMessage();
            return finish(runId, "STOPPED", reason, applied, held, cursor, true);
        } catch (CloudUnreachable e) {
            LOG.warn("Sync ({}) of {} failed: {}", trigger, state.property(), e.getMessage());
            markCloudSilent(runStarted);
            return finish(runId, "FAILED", e.getMessage(), applied, held, cursor, false);
        } catch (MalformedPage e) {
            LOG.warn("Sync ({}) of {} failed: {}", trigger, state.property(), e.getMessage());
            return finish(runId, "FAILED", e.getMessage(), applied, held, cursor, false);
        } catch (RuntimeException e) {
            var full = disk.explain(e);
            if (full.isPresent()) {
                LOG.error(
                        "Sync ({}) of {} failed: {}",
                        trigger,
                        state.property(),
                        full.get().sentence(),
                        e);
                return finish(runId, "FAILED", full.get().sentence(), applied, held, cursor, false);
            }
            LOG.error("Sync ({}) of {} stopped: {}", trigger, state.property(), e.getMessage(), e);
            return finish(runId, "FAILED", e.getMessage(), applied, held, cursor, true);
        }
    }

    /**
     * Reads feed pages one ahead of the writing: while a page is written to the replica, the next is read from the
     * cloud on a thread of its own. At most one page waits in memory; nothing is written out of order, and a page's
     * failure (cloud gone, refused, malformed) surfaces when the run comes to take it, after the pages before it were
     * written, as when the pages were read one after the other.
     */
    private final class PageReader {
        private final SyncState state;
        private java.util.concurrent.Future<Page> next;

        PageReader(SyncState state) {
            this.state = state;
        }

        void request(long after) {
            next = READERS.submit(() -> {
                progress = "Sync: reading the feed after " + after;
                String text = cloud.feedPage(state.cloudUrl(), state.property(), state.credential(), after, pageSize);
                return Page.parse(text, after, state.property());
            });
        }

        Page take() {
            try {
                return next.get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CloudUnreachable("the sync was interrupted while it read the feed", e);
            } finally {
                next = null;
            }
        }

        /** A page still being read when the run ends early is abandoned; nothing of it was written. */
        void cancel() {
            if (next != null) {
                next.cancel(true);
            }
        }
    }

    private static final java.util.concurrent.ExecutorService READERS =
            java.util.concurrent.Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("feed-reader-", 0).factory());

    private static RunResult notPaired() {
        return new RunResult(
                "NOT_PAIRED",
                "this standby is not paired with a property yet: Set backup on the status page, or run "
                        + SuggestedCommand.PAIR.text(),
                0,
                0,
                0);
    }

    /** The run could not even be recorded: most likely the disk is full and the replica refuses every write. */
    private RunResult failedBeforeStart(String trigger, RuntimeException e) {
        var full = disk.explain(e);
        String message = full.map(ReplicaDisk.DiskFull::sentence)
                .orElse("the replica could not be read or written: " + e.getMessage());
        LOG.error("Sync ({}) could not start: {}", trigger, message, e);
        return new RunResult("FAILED", message, 0, 0, -1);
    }

    private void markCloudSilent(Instant since) {
        try {
            tx.executeWrite(s -> {
                states.cloudSilent(since);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record that the cloud is silent: {}", e.getMessage());
        }
    }

    private void markCloudAnswered() {
        try {
            tx.executeWrite(s -> {
                states.cloudAnswered();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record that the cloud answered: {}", e.getMessage());
        }
    }

    private RunResult finish(
            long runId, String result, String message, int applied, int held, long cursor, boolean stop) {
        try {
            tx.executeWrite(s -> {
                states.finishRun(runId, clock.instant(), result, message, applied, held, cursor);
                if (stop) {
                    states.stopped(message);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // A full disk can refuse even this small write; the caller still hears how the run ended, and the run's row
            // is marked when the replica is reopened or the standby restarts.
            String said = disk.explain(e).map(ReplicaDisk.DiskFull::sentence).orElse(e.getMessage());
            LOG.error("Could not record the end of sync run {} ({}): {}", runId, result, said);
            if ("OK".equals(result)) {
                return new RunResult("FAILED", said, applied, held, cursor);
            }
        }
        return new RunResult(result, message, applied, held, cursor);
    }

    /** Applies one page and moves the cursor past it, in the caller's transaction. Returns {applied, held}. */
    private int[] applyPage(Page page) {
        Instant newest = null;
        LocalDate businessDate = null;
        for (ReplicaApplier.FeedEntry entry : page.events()) {
            if (entry.result() instanceof DecodeResult.Decoded(EventEnvelope envelope)) {
                newest = envelope.occurredAt();
                if (envelope.event() instanceof BusinessDateRolled rolled) {
                    businessDate = rolled.businessDate();
                }
            }
        }
        int[] counts = applier.applyPage(page.events());
        states.advance(page.next(), page.head(), newest, counts[0], businessDate);
        return counts;
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
        SyncState state;
        long runId;
        try {
            state = tx.executeRead(s -> states.current()).orElse(null);
            if (state == null) {
                return notPaired();
            }
            runId = tx.executeWrite(s -> states.startRun(trigger, clock.instant(), state.cursor()));
        } catch (RuntimeException e) {
            return failedBeforeStart(trigger, e);
        }
        String what = state.bootstrapPending() ? "Bootstrap" : "Full resync";
        String unchanged = state.bootstrapPending()
                ? "the bootstrap did not complete; it starts again at the next run: "
                : "full resync failed, the replica is unchanged: ";
        Instant runStarted = clock.instant();
        // In the data folder, not the system's temporary one: a full disk shows here first, and it is the disk the
        // replica needs anyway.
        Path file = disk.folder().resolve("snapshot-download.ndjson");
        try {
            progress = what + ": downloading the snapshot";
            LOG.info(
                    "{} ({}) of {}: downloading the snapshot from {}",
                    what,
                    trigger,
                    state.property(),
                    state.cloudUrl());
            SnapshotLine.Header header = download(state, file, what);
            disk.snapshotSize(Files.size(file));
            long total =
                    header.counts().values().stream().mapToLong(Long::longValue).sum();
            int adopted = tx.executeWrite(s -> replaceReplica(file, header, total, what));
            String message = "replica replaced from a snapshot at sequence " + header.sequence() + ": "
                    + header.counts()
                    + (adopted > 0
                            ? "; adopted " + adopted + " master-data entries from the cloud into the empty standby"
                            : "");
            LOG.info("{} ({}) of {}: {}", what, trigger, state.property(), message);
            finish(runId, "OK", message, (int) total, 0, header.sequence(), false);
        } catch (CloudUnreachable e) {
            LOG.warn("{} ({}) of {} failed: {}", what, trigger, state.property(), e.getMessage());
            markCloudSilent(runStarted);
            return finish(runId, "FAILED", unchanged + e.getMessage(), 0, 0, state.cursor(), false);
        } catch (CloudRefused | MalformedPage e) {
            LOG.warn("{} ({}) of {} failed: {}", what, trigger, state.property(), e.getMessage());
            if (e instanceof CloudRefused) {
                markCloudAnswered();
            }
            return finish(runId, "FAILED", unchanged + e.getMessage(), 0, 0, state.cursor(), true);
        } catch (IOException | RuntimeException e) {
            var full = disk.explain(e);
            String said = full.map(ReplicaDisk.DiskFull::sentence).orElse(e.getMessage());
            LOG.error("{} ({}) of {} failed: {}", what, trigger, state.property(), said, e);
            // A full disk is not a reason to stop: the disk watch carries on once there is room again.
            return finish(runId, "FAILED", unchanged + said, 0, 0, state.cursor(), full.isEmpty());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Overwritten by the next download.
            }
        }
        return syncLocked(trigger);
    }

    /**
     * Downloads the whole snapshot to a file and checks it is complete before anything is replaced. Every attempt of
     * the download (the client retries a broken one) starts the file afresh.
     */
    private SnapshotLine.Header download(SyncState state, Path file, String what) throws IOException {
        SnapshotReceiver receiver = new SnapshotReceiver(file, what);
        try {
            cloud.snapshot(state.cloudUrl(), state.property(), state.credential(), receiver);
        } finally {
            receiver.close();
        }
        SnapshotLine.Header header = receiver.header;
        SnapshotLine.End end = receiver.end;
        if (header == null || end == null) {
            throw new MalformedPage(
                    "the snapshot download is incomplete (no " + (header == null ? "header" : "end line") + ")");
        }
        long expected =
                end.counts().values().stream().mapToLong(Long::longValue).sum();
        if (expected != receiver.lines || !end.counts().equals(header.counts())) {
            throw new MalformedPage(
                    "the snapshot is incomplete: " + receiver.lines + " lines, its counts say " + expected);
        }
        if (!header.property().equals(state.property())) {
            throw new MalformedPage(
                    "the snapshot is of " + header.property() + ", this standby mirrors " + state.property());
        }
        return header;
    }

    /** Writes the snapshot's lines to the file, from scratch at every attempt, and says how far it has come. */
    private final class SnapshotReceiver implements CloudClient.LineHandler {
        private final Path file;
        private final String what;
        private BufferedWriter out;
        private SnapshotLine.Header header;
        private SnapshotLine.End end;
        private long lines;
        private long bytes;
        private long total;
        private long nextLog;
        private int attempts;

        SnapshotReceiver(Path file, String what) {
            this.file = file;
            this.what = what;
        }

        @Override
        public void restart() {
            close();
            attempts++;
            header = null;
            end = null;
            lines = 0;
            bytes = 0;
            total = 0;
            nextLog = 0;
            try {
                // TRUNCATE_EXISTING: a retry starts a clean file, whatever an earlier attempt left in it.
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (attempts > 1) {
                LOG.info("{}: downloading the snapshot again from the start (attempt {})", what, attempts);
            }
        }

        @Override
        public void line(String text) {
            try {
                // Only the header and the end line are read here; the rows are read once, when they are written. A
                // line without either word cannot be one of them.
                SnapshotLine line =
                        text.contains("\"header\"") || text.contains("\"end\"") ? SnapshotCodec.decode(text) : null;
                if (line instanceof SnapshotLine.Header h) {
                    header = h;
                    total = h.counts().values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
                    nextLog = Math.max(1, total / 10);
                } else if (line instanceof SnapshotLine.End e) {
                    end = e;
                } else {
                    lines++;
                    if (lines % 100 == 0 || lines == total) {
                        progress = what + ": downloading the snapshot, " + number(lines) + " of " + number(total)
                                + " lines (" + megabytes(bytes) + " so far)";
                    }
                    if (lines >= nextLog && total > 0) {
                        LOG.info("{}: downloaded {} of {} snapshot lines ({})", what, lines, total, megabytes(bytes));
                        nextLog += Math.max(1, total / 10);
                    }
                }
                out.write(text);
                out.write("\n");
                bytes += text.length() + 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JsonException e) {
                throw new MalformedPage("the snapshot has an unreadable line: " + e.getMessage());
            }
        }

        void close() {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    out = null;
                }
            }
        }
    }

    static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /**
     * In one transaction: the replicated tables are emptied and filled from the snapshot file. Returns adopted entries.
     * Master data and rooms (a few thousand rows at most) are written in batches; bookings and folio lines, nearly all
     * of a snapshot, with one {@code INSERT ... SELECT} each from the file read as a table function, which Derby runs as
     * a bulk load into the emptied table ({@link SnapshotTable}).
     */
    private int replaceReplica(Path file, SnapshotLine.Header header, long total, String what) {
        for (String table : List.of("FOLIO_LINE", "BOOKING", "ROOM", "CLOUD_MASTER_DATA", "HELD_EVENT")) {
            replica.update("DELETE FROM " + table);
        }
        Written written = new Written(what, header, total);
        // Streamed from the downloaded file: the snapshot is never held in memory whole.
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                ReplicaBatch batch = replica.batch()) {
            String text;
            while ((text = in.readLine()) != null) {
                if (text.contains(BOOKING_SECTION) || text.contains(FOLIO_LINE_SECTION)) {
                    continue;
                }
                switch (decodeRow(text)) {
                    case SnapshotLine.MasterData(var m) -> {
                        applier.masterData(batch, m, header.sequence());
                        written.row("master data");
                    }
                    case SnapshotLine.Room r -> {
                        batch.queue(
                                "INSERT INTO ROOM (ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING, OUT_OF_ORDER, ACTIVE, SEQUENCE_NO) VALUES (?, ?, ?, ?, ?, ?)",
                                r.room(),
                                r.roomType(),
                                r.housekeeping(),
                                r.outOfOrder(),
                                r.active(),
                                header.sequence());
                        written.row("rooms");
                    }
                    // Bookings and folio lines are bulk-loaded below; one written in a form the check above missed
                    // shows as a count that does not match.
                    case SnapshotLine.Booking b -> {}
                    case SnapshotLine.FolioLine l -> {}
                    case SnapshotLine.Header h -> {}
                    case SnapshotLine.End e -> {}
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bulkLoad(file, header, written, "bookings", "BOOKING", ReplicaRows.BOOKING_COLUMNS, "SNAPSHOT_BOOKINGS");
        bulkLoad(
                file,
                header,
                written,
                "folio lines",
                "FOLIO_LINE",
                ReplicaRows.FOLIO_LINE_COLUMNS,
                "SNAPSHOT_FOLIO_LINES");
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

    private static final String BOOKING_SECTION = "\"section\":\"booking\"";
    private static final String FOLIO_LINE_SECTION = "\"section\":\"folioLine\"";

    /** One of the large tables filled from the snapshot file in one statement; its count must match the header's. */
    private void bulkLoad(
            Path file,
            SnapshotLine.Header header,
            Written written,
            String kind,
            String table,
            List<String> columns,
            String function) {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT * FROM TABLE (" + function
                + "(?, ?)) S";
        int rows;
        try {
            rows = SnapshotTable.whileLoading(
                    n -> written.row(kind), () -> replica.update(sql, file.toString(), header.sequence()));
        } catch (RuntimeException e) {
            var unreadable = SnapshotTable.UnreadableLine.in(e);
            if (unreadable.isPresent()) {
                throw new MalformedPage(unreadable.get().getMessage());
            }
            throw e;
        }
        long expected = header.counts().getOrDefault(countKey(kind), 0L);
        if (rows != expected) {
            throw new MalformedPage("the snapshot's " + kind + " do not match its header: " + number(rows)
                    + " read, the header says " + number(expected));
        }
    }

    /** How far the writing of a snapshot has come: the status page's progress and a log line every tenth. */
    private final class Written {
        private final String what;
        private final SnapshotLine.Header header;
        private final long total;
        private final Map<String, Long> perKind = new LinkedHashMap<>();
        private long done;
        private long nextLog;

        Written(String what, SnapshotLine.Header header, long total) {
            this.what = what;
            this.header = header;
            this.total = total;
            this.nextLog = Math.max(1, total / 10);
        }

        void row(String kind) {
            long n = perKind.merge(kind, 1L, Long::sum);
            done++;
            if (n % 100 == 0) {
                progress = what + ": writing " + kind + " " + number(n) + " of "
                        + number(header.counts().getOrDefault(countKey(kind), 0L));
            }
            if (done >= nextLog) {
                // The crash tests watch for this line to kill the standby mid-replace.
                LOG.info(
                        "{}: writing {} {} of {} ({} of {} lines written)",
                        what,
                        kind,
                        n,
                        header.counts().getOrDefault(countKey(kind), 0L),
                        done,
                        total);
                nextLog += Math.max(1, total / 10);
            }
        }
    }

    /** A downloaded line; one that cannot be read refuses the whole snapshot (the transaction rolls back). */
    private static SnapshotLine decodeRow(String text) {
        try {
            return SnapshotCodec.decode(text);
        } catch (JsonException e) {
            throw new MalformedPage("the snapshot has an unreadable line: " + e.getMessage());
        }
    }

    private static String countKey(String kind) {
        return switch (kind) {
            case "master data" -> "masterData";
            case "folio lines" -> "folioLines";
            default -> kind;
        };
    }

    /** A feed page or snapshot that does not fit together; nothing of it is applied. */
    static final class MalformedPage extends RuntimeException {
        MalformedPage(String message) {
            super(message);
        }
    }

    /**
     * A checked feed page: contiguous sequences starting right after the cursor, of this property. The page is parsed
     * once; each event is decoded from that, and turned back into text only if it has to be held.
     */
    record Page(long next, long head, List<ReplicaApplier.FeedEntry> events) {

        @SuppressWarnings("unchecked")
        static Page parse(String text, long cursor, String property) {
            Map<String, Object> fieldsOfPage;
            try {
                if (!(Json.parse(text) instanceof Map<?, ?> map)) {
                    throw new JsonException("expected a JSON object", 0);
                }
                fieldsOfPage = (Map<String, Object>) map;
            } catch (JsonException e) {
                throw new MalformedPage(
                        "the feed page is not readable JSON (" + e.getMessage() + "); nothing of it was applied");
            }
            JsonObject page = new JsonObject(fieldsOfPage);
            try {
                long after = page.requiredLong("after");
                long next = page.requiredLong("next");
                long head = page.requiredLong("head");
                if (after != cursor || !property.equals(page.requiredString("property"))) {
                    throw new MalformedPage("the feed page does not follow cursor " + cursor + " of " + property);
                }
                Object events = fieldsOfPage.get("events");
                if (!(events instanceof List<?> list) || next != after + list.size()) {
                    throw new MalformedPage(
                            "the feed page's events do not match its cursor; nothing of it was applied");
                }
                List<ReplicaApplier.FeedEntry> entries = new java.util.ArrayList<>(list.size());
                long expected = cursor + 1;
                for (Object e : list) {
                    if (!(e instanceof Map<?, ?> map)
                            || !(map.get("sequence") instanceof java.math.BigDecimal seq)
                            || seq.longValue() != expected++) {
                        throw new MalformedPage(
                                "the feed page is not a gap-free run after " + cursor + "; nothing of it was applied");
                    }
                    Map<String, Object> fields = (Map<String, Object>) map;
                    java.util.function.Supplier<String> raw = () -> Json.write(new LinkedHashMap<>(fields));
                    entries.add(new ReplicaApplier.FeedEntry(EventCodec.decode(fields, raw), raw));
                }
                return new Page(next, head, entries);
            } catch (JsonException e) {
                throw new MalformedPage(
                        "the feed page is incomplete (" + e.getMessage() + "); nothing of it was applied");
            }
        }
    }
}
