package app.innkeep.standby.reentry;

import app.innkeep.model.journal.JournalChange.OutageEnded;
import app.innkeep.model.journal.JournalChange.OutageStarted;
import app.innkeep.standby.outage.JournalEntry;
import app.innkeep.standby.outage.OutageJournal;
import app.innkeep.standby.store.Replica;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The worklist rows of one outage, in the journal's order. In the caller's transaction. */
@Singleton
public class Worklist {

    /** Journal actions with nothing to re-enter in the cloud: outage mode on and off. */
    static final Set<String> NOTHING_TO_DO = Set.of(OutageStarted.ACTION, OutageEnded.ACTION);

    private final Replica replica;
    private final OutageJournal journal;

    public Worklist(Replica replica, OutageJournal journal) {
        this.replica = replica;
        this.journal = journal;
    }

    /** Makes sure every journal entry of the outage has its row (new ones pending); returns the list. */
    public List<WorkItem> prepare(long outageId, Instant now) {
        for (JournalEntry e : journal.entries(outageId)) {
            if (replica.count("SELECT COUNT(*) FROM REENTRY_ITEM WHERE ENTRY_ID = ?", e.entryId()) == 0) {
                boolean nothing = NOTHING_TO_DO.contains(e.action());
                replica.update(
                        "INSERT INTO REENTRY_ITEM (ENTRY_ID, OUTAGE_ID, POSITION, STATUS, NOTE, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?)",
                        e.entryId(),
                        outageId,
                        e.position(),
                        (nothing ? WorkStatus.NOTHING : WorkStatus.PENDING).name(),
                        nothing ? "nothing to re-enter" : null,
                        now);
            }
        }
        return items(outageId);
    }

    public List<WorkItem> items(long outageId) {
        Map<String, JournalEntry> entries = journal.entries(outageId).stream()
                .collect(Collectors.toMap(JournalEntry::entryId, Function.identity()));
        return replica.list(
                "SELECT * FROM REENTRY_ITEM WHERE OUTAGE_ID = ? ORDER BY POSITION",
                rs -> new WorkItem(
                        entries.get(rs.getString("ENTRY_ID")),
                        WorkStatus.valueOf(rs.getString("STATUS")),
                        rs.getString("CLOUD_CONFIRMATION"),
                        (Long) rs.getObject("CLOUD_LINE_ID"),
                        rs.getBigDecimal("CLOUD_AMOUNT"),
                        rs.getString("NOTE"),
                        Replica.instant(rs, "SETTLED_AT"),
                        rs.getString("SETTLED_BY")),
                outageId);
    }

    public Optional<WorkItem> item(long outageId, String entryId) {
        return items(outageId).stream()
                .filter(i -> i.entry().entryId().equals(entryId))
                .findFirst();
    }

    public void settle(
            String entryId,
            WorkStatus status,
            String cloudConfirmation,
            Long cloudLineId,
            BigDecimal cloudAmount,
            String note,
            String username,
            Instant now) {
        replica.update(
                "UPDATE REENTRY_ITEM SET STATUS = ?, CLOUD_CONFIRMATION = ?, CLOUD_LINE_ID = ?, CLOUD_AMOUNT = ?, NOTE = ?,"
                        + " SETTLED_AT = ?, SETTLED_BY = ?, UPDATED_AT = ? WHERE ENTRY_ID = ?",
                status.name(),
                cloudConfirmation,
                cloudLineId,
                cloudAmount,
                note,
                now,
                username,
                now,
                entryId);
    }

    /** Not settled: FAILED with the cloud's error, CONFLICT with what collides, or back to PENDING. */
    public void unsettled(String entryId, WorkStatus status, String note, Instant now) {
        replica.update(
                "UPDATE REENTRY_ITEM SET STATUS = ?, NOTE = ?, SETTLED_AT = NULL, SETTLED_BY = NULL, UPDATED_AT = ? WHERE ENTRY_ID = ?",
                status.name(),
                note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note,
                now,
                entryId);
    }

    /** The cloud line a standby folio line became (for voids and refunds of lines posted during the outage). */
    public Optional<Long> cloudLineOf(long localLineId) {
        return replica.one(
                "SELECT i.CLOUD_LINE_ID FROM LOCAL_FOLIO_LINE l JOIN REENTRY_ITEM i ON i.ENTRY_ID = l.ENTRY_ID"
                        + " WHERE l.LINE_ID = ? AND i.CLOUD_LINE_ID IS NOT NULL",
                rs -> rs.getLong(1),
                localLineId);
    }

    public Optional<String> cloudConfirmationOf(String dNumber) {
        return replica.one(
                "SELECT CLOUD_CONFIRMATION FROM D_NUMBER_MAP WHERE D_NUMBER = ?", rs -> rs.getString(1), dNumber);
    }

    public void mapDNumber(String dNumber, String cloudConfirmation, Instant now) {
        if (cloudConfirmationOf(dNumber).isEmpty()) {
            replica.update(
                    "INSERT INTO D_NUMBER_MAP (D_NUMBER, CLOUD_CONFIRMATION, MAPPED_AT) VALUES (?, ?, ?)",
                    dNumber,
                    cloudConfirmation,
                    now);
        }
    }
}
