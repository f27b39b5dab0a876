package app.innkeep.standby.sync;

import app.innkeep.standby.store.Replica;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The sync state row, the run history and the held events. */
@Singleton
public class SyncStates {

    private final Replica replica;

    public SyncStates(Replica replica) {
        this.replica = replica;
    }

    public Optional<SyncState> current() {
        return replica.one(
                "SELECT * FROM SYNC_STATE WHERE ID = 1",
                rs -> new SyncState(
                        rs.getString("PROPERTY_CODE"),
                        rs.getString("PROPERTY_NAME"),
                        rs.getString("TIME_ZONE"),
                        rs.getString("CURRENCY"),
                        Replica.date(rs, "BUSINESS_DATE"),
                        rs.getString("CLOUD_URL"),
                        rs.getLong("DEVICE_ID"),
                        rs.getString("CREDENTIAL"),
                        Replica.instant(rs, "PAIRED_AT"),
                        rs.getLong("CURSOR_SEQ"),
                        rs.getLong("CLOUD_HEAD"),
                        Replica.instant(rs, "NEWEST_EVENT_AT"),
                        Replica.instant(rs, "LAST_PULL_AT"),
                        Replica.instant(rs, "SNAPSHOT_AT"),
                        rs.getLong("EVENTS_APPLIED"),
                        rs.getString("STOP_REASON"),
                        Replica.instant(rs, "BOOTSTRAPPED_AT"),
                        Replica.instant(rs, "CLOUD_SILENT_SINCE")));
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
        replica.update("DELETE FROM SYNC_STATE");
        replica.update(
                "INSERT INTO SYNC_STATE (ID, PROPERTY_CODE, PROPERTY_NAME, TIME_ZONE, CURRENCY, BUSINESS_DATE, CLOUD_URL, DEVICE_ID,"
                        + " CREDENTIAL, PAIRED_AT, CURSOR_SEQ, CLOUD_HEAD, EVENTS_APPLIED) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)",
                property,
                name,
                timeZone,
                currency,
                businessDate,
                cloudUrl,
                deviceId,
                credential,
                now);
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
        replica.update(
                "UPDATE SYNC_STATE SET PROPERTY_NAME = ?, TIME_ZONE = ?, CURRENCY = ?, BUSINESS_DATE = ?, CURSOR_SEQ = ?,"
                        + " CLOUD_HEAD = ?, NEWEST_EVENT_AT = ?, LAST_PULL_AT = ?, SNAPSHOT_AT = ?, STOP_REASON = NULL,"
                        + " BOOTSTRAPPED_AT = ?, CLOUD_SILENT_SINCE = NULL WHERE ID = 1",
                name,
                timeZone,
                currency,
                businessDate,
                sequence,
                sequence,
                generatedAt,
                now,
                now,
                now);
    }

    /** Moves the cursor in the same transaction as the page it covers. */
    public void advance(long cursor, long head, Instant newestEventAt, int applied, LocalDate businessDate) {
        replica.update(
                "UPDATE SYNC_STATE SET CURSOR_SEQ = ?, CLOUD_HEAD = ?, NEWEST_EVENT_AT = COALESCE(?, NEWEST_EVENT_AT),"
                        + " EVENTS_APPLIED = EVENTS_APPLIED + ?, BUSINESS_DATE = COALESCE(?, BUSINESS_DATE) WHERE ID = 1",
                cursor,
                head,
                newestEventAt,
                applied,
                businessDate);
    }

    public void pulled(Instant now) {
        replica.update(
                "UPDATE SYNC_STATE SET LAST_PULL_AT = ?, STOP_REASON = NULL, CLOUD_SILENT_SINCE = NULL WHERE ID = 1",
                now);
    }

    /** The cloud did not answer; the first failure of a run of them is kept, later ones leave it alone. */
    public void cloudSilent(Instant since) {
        replica.update(
                "UPDATE SYNC_STATE SET CLOUD_SILENT_SINCE = COALESCE(CLOUD_SILENT_SINCE, ?) WHERE ID = 1", since);
    }

    /** The cloud answered (even with a refusal): it is not silent any more. */
    public void cloudAnswered() {
        replica.update("UPDATE SYNC_STATE SET CLOUD_SILENT_SINCE = NULL WHERE ID = 1");
    }

    /**
     * Runs still RUNNING when no run is (a kill, a crash, a power cut, a full disk that refused their last write) say
     * so with {@code why}, rather than staying RUNNING with no message for ever. Returns how many there were.
     */
    public int markUnfinished(Instant now, String why) {
        return replica.update(
                "UPDATE SYNC_RUN SET RESULT = 'INTERRUPTED', FINISHED_AT = ?, MESSAGE = ? WHERE RESULT = 'RUNNING'",
                now,
                truncate(why, 1000));
    }

    public void stopped(String reason) {
        replica.update("UPDATE SYNC_STATE SET STOP_REASON = ? WHERE ID = 1", truncate(reason, 1000));
    }

    public long startRun(String trigger, Instant now, long cursor) {
        replica.update(
                "INSERT INTO SYNC_RUN (TRIGGER_NAME, STARTED_AT, RESULT, CURSOR_FROM) VALUES (?, ?, 'RUNNING', ?)",
                trigger,
                now,
                cursor);
        long id = replica.count("SELECT MAX(ID) FROM SYNC_RUN");
        // The status page shows the last 100 runs; older ones go. Counted by rows, not by ID arithmetic: Derby hands
        // out identities in blocks and skips the rest of a block after a kill, and the run a kill cut short must stay.
        replica.one(
                        "SELECT ID FROM SYNC_RUN ORDER BY ID DESC OFFSET 100 ROWS FETCH NEXT 1 ROWS ONLY",
                        rs -> rs.getLong(1))
                .ifPresent(oldest -> replica.update("DELETE FROM SYNC_RUN WHERE ID <= ?", oldest));
        return id;
    }

    public void finishRun(long id, Instant now, String result, String message, int applied, int held, long cursor) {
        replica.update(
                "UPDATE SYNC_RUN SET FINISHED_AT = ?, RESULT = ?, MESSAGE = ?, EVENTS_APPLIED = ?, EVENTS_HELD = ?, CURSOR_TO = ? WHERE ID = ?",
                now,
                result,
                truncate(message, 1000),
                applied,
                held,
                cursor,
                id);
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
        return replica.list(
                "SELECT * FROM SYNC_RUN ORDER BY ID DESC OFFSET 0 ROWS FETCH NEXT 100 ROWS ONLY",
                rs -> new SyncRun(
                        rs.getLong("ID"),
                        rs.getString("TRIGGER_NAME"),
                        Replica.instant(rs, "STARTED_AT"),
                        Replica.instant(rs, "FINISHED_AT"),
                        rs.getString("RESULT"),
                        rs.getString("MESSAGE"),
                        rs.getInt("EVENTS_APPLIED"),
                        rs.getInt("EVENTS_HELD"),
                        (Long) rs.getObject("CURSOR_FROM"),
                        (Long) rs.getObject("CURSOR_TO")));
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
