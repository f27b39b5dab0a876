package app.innkeep.standby.sync;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The sync state row, the run history and the held events. */
@Singleton
public class SyncStates {

    /** Runs kept, and shown on the status page. */
    private static final int RUNS_KEPT = 100;

    private final SyncStateRows state;
    private final SyncRunRows runs;

    public SyncStates(SyncStateRows state, SyncRunRows runs) {
        this.state = state;
        this.runs = runs;
    }

    public Optional<SyncState> current() {
        return state.findById(SyncStateRow.ONLY).map(SyncStateRow::state);
    }

    public void pairedWith(
            String property,
            String name,
            String timeZone,
            String currency,
            LocalDate businessDate,
            String cloudUrl,
            long deviceId,
            String credential,
            Instant now) {
        state.deleteAll();
        state.save(new SyncStateRow(
                SyncStateRow.ONLY,
                property,
                name,
                timeZone,
                currency,
                businessDate,
                cloudUrl,
                deviceId,
                credential,
                now,
                0,
                0,
                null,
                null,
                null,
                0,
                null,
                null,
                null));
    }

    /** After a snapshot: the replica now stands at {@code sequence}. */
    public void snapshotApplied(
            String name,
            String timeZone,
            String currency,
            LocalDate businessDate,
            long sequence,
            Instant generatedAt,
            Instant now) {
        state.update(
                SyncStateRow.ONLY,
                name,
                timeZone,
                currency,
                businessDate,
                sequence,
                sequence,
                generatedAt,
                now,
                now,
                null,
                now,
                null);
    }

    /** Moves the cursor in the same transaction as the page it covers. */
    public void advance(long cursor, long head, Instant newestEventAt, int applied, LocalDate businessDate) {
        state.advance(cursor, head, newestEventAt, applied, businessDate);
    }

    /** Held events applied after all, outside a page: counted with the applied ones. */
    void heldApplied(int applied) {
        state.heldApplied(applied);
    }

    public void pulled(Instant now) {
        state.update(SyncStateRow.ONLY, now, null, null);
    }

    /** The cloud did not answer; the first failure of a run of them is kept, later ones leave it alone. */
    public void cloudSilent(Instant since) {
        state.cloudSilent(since);
    }

    /** The cloud answered (even with a refusal): it is not silent any more. */
    public void cloudAnswered() {
        state.update(SyncStateRow.ONLY, (Instant) null);
    }

    /**
     * Runs still RUNNING when no run is (a kill, a crash, a power cut, a full disk that refused their last write) say
     * so with {@code why}, rather than staying RUNNING with no message for ever. Returns how many there were.
     */
    public int markUnfinished(Instant now, String why) {
        return runs.markUnfinished(now, truncate(why, 1000));
    }

    public void stopped(String reason) {
        state.update(SyncStateRow.ONLY, truncate(reason, 1000));
    }

    public long startRun(String trigger, Instant now, long cursor) {
        long id = runs.save(new SyncRunRow(null, trigger, now, null, "RUNNING", null, 0, 0, cursor, null))
                .id();
        // The status page shows the last 100 runs; older ones go. Counted by rows, not by ID arithmetic: Derby hands
        // out identities in blocks and skips the rest of a block after a kill, and the run a kill cut short must stay.
        runs.findIdOrderByIdDesc(Pageable.from(RUNS_KEPT, 1)).stream()
                .findFirst()
                .ifPresent(runs::deleteByIdLessThanEquals);
        return id;
    }

    public void finishRun(long id, Instant now, String result, String message, int applied, int held, long cursor) {
        runs.update(id, now, result, truncate(message, 1000), applied, held, cursor);
    }

    /** One past run, newest first in {@link #runs()}. */
    public record SyncRun(
            long id,
            String trigger,
            Instant startedAt,
            Instant finishedAt,
            String result,
            String message,
            int applied,
            int held,
            Long cursorFrom,
            Long cursorTo) {}

    public List<SyncRun> runs() {
        return runs.findOrderByIdDesc(Pageable.from(0, RUNS_KEPT)).stream()
                .map(r -> new SyncRun(
                        r.id(),
                        r.triggerName(),
                        r.startedAt(),
                        r.finishedAt(),
                        r.result(),
                        r.message(),
                        r.eventsApplied(),
                        r.eventsHeld(),
                        r.cursorFrom(),
                        r.cursorTo()))
                .toList();
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
