package app.innkeep.standby.reentry;

import app.innkeep.model.journal.JournalChange.OutageEnded;
import app.innkeep.model.journal.JournalChange.OutageStarted;
import app.innkeep.standby.outage.CollisionRows;
import app.innkeep.standby.outage.JournalEntry;
import app.innkeep.standby.outage.OutageJournal;
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

    private final WorkItemRows rows;
    private final DNumbers dNumbers;
    private final OutageJournal journal;
    private final CollisionRows collisions;

    public Worklist(WorkItemRows rows, DNumbers dNumbers, OutageJournal journal, CollisionRows collisions) {
        this.rows = rows;
        this.dNumbers = dNumbers;
        this.journal = journal;
        this.collisions = collisions;
    }

    /** Makes sure every journal entry of the outage has its row (new ones pending); returns the list. */
    public List<WorkItem> prepare(long outageId, Instant now) {
        for (JournalEntry e : journal.entries(outageId)) {
            if (!rows.existsById(e.entryId())) {
                boolean nothing = NOTHING_TO_DO.contains(e.action());
                rows.save(new WorkItemRow(
                        e.entryId(),
                        outageId,
                        e.position(),
                        nothing ? WorkStatus.NOTHING : WorkStatus.PENDING,
                        null,
                        null,
                        null,
                        nothing ? "nothing to re-enter" : null,
                        null,
                        null,
                        now));
            }
        }
        return items(outageId);
    }

    public List<WorkItem> items(long outageId) {
        Map<String, JournalEntry> entries = journal.entries(outageId).stream()
                .collect(Collectors.toMap(JournalEntry::entryId, Function.identity()));
        return rows.findByOutageIdOrderByPosition(outageId).stream()
                .map(r -> new WorkItem(
                        entries.get(r.entryId()),
                        r.status(),
                        r.cloudConfirmation(),
                        r.cloudLineId(),
                        r.cloudAmount(),
                        r.note(),
                        r.settledAt(),
                        r.settledBy()))
                .toList();
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
        rows.update(entryId, status, cloudConfirmation, cloudLineId, cloudAmount, note, now, username, now);
    }

    /** Not settled: FAILED with the cloud's error, CONFLICT with what collides, or back to PENDING. */
    public void unsettled(String entryId, WorkStatus status, String note, Instant now) {
        rows.update(
                entryId,
                status,
                note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note,
                null,
                null,
                now);
    }

    /** The cloud line a standby folio line became (for voids and refunds of lines posted during the outage). */
    public Optional<Long> cloudLineOf(long localLineId) {
        return rows.cloudLineOf(localLineId);
    }

    public Optional<String> cloudConfirmationOf(String dNumber) {
        return dNumbers.findById(dNumber).map(DNumberRow::cloudConfirmation);
    }

    /**
     * The walk-in or reservation {@code dNumber} became {@code cloudConfirmation} in the cloud. Had the feed brought
     * that booking before this was known, the two were flagged as holding the same room: they are one booking, and the
     * flag goes.
     */
    public void mapDNumber(String dNumber, String cloudConfirmation, Instant now) {
        if (cloudConfirmationOf(dNumber).isEmpty()) {
            dNumbers.save(new DNumberRow(dNumber, cloudConfirmation, now));
        }
        collisions.deleteByConfirmationAndOtherConfirmation(dNumber, cloudConfirmation);
    }
}
