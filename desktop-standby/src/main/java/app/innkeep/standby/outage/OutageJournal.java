package app.innkeep.standby.outage;

import app.innkeep.model.journal.JournalChange;
import app.innkeep.model.journal.JournalCodec;
import app.innkeep.standby.store.Replica.ReplicaFailure;
import app.innkeep.standby.store.Store;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The append-only outage journal: written in the transaction of the action it records, never changed (the database
 * refuses UPDATE and DELETE on it). Its entry ID is the form's one-time ID, so a form sent twice is one entry.
 */
@Store
@Singleton
public class OutageJournal {

    private final JournalRows rows;

    public OutageJournal(JournalRows rows) {
        this.rows = rows;
    }

    /** Appends the entry of one action; its before/after text is written by the one journal codec. */
    public void append(
            String entryId,
            long outageId,
            JournalChange change,
            String bookingRef,
            String room,
            String code,
            BigDecimal amount,
            String username,
            Instant enteredAt,
            LocalDate businessDate) {
        JournalCodec.Text text = JournalCodec.encode(change);
        try {
            rows.save(new JournalRow(
                    null,
                    entryId,
                    outageId,
                    text.action(),
                    bookingRef,
                    room,
                    code,
                    amount,
                    text.before(),
                    text.after(),
                    username,
                    enteredAt,
                    businessDate));
        } catch (DataAccessException e) {
            // The desk reads a duplicate entry ID (two sends of one form at the same moment) from the replica's own
            // failure and its SQL state, as for every other write of an action; the repository wraps it differently.
            if (e.getCause() instanceof SQLException refused) {
                throw new ReplicaFailure("INSERT INTO OUTAGE_JOURNAL", refused);
            }
            throw e;
        }
    }

    /** What an entry changed; a state this standby cannot read is a {@code JsonException} saying why. */
    public static JournalChange change(JournalEntry entry) {
        return JournalCodec.read(entry.action(), entry.before(), entry.after());
    }

    public Optional<JournalEntry> entry(String entryId) {
        return rows.findByEntryId(entryId).map(JournalRow::entry);
    }

    public List<JournalEntry> entries(long outageId) {
        return entries(rows.findByOutageIdOrderByPosition(outageId));
    }

    /** Every entry entered in [from, until], in the order taken: the re-entry reports' window. */
    public List<JournalEntry> between(Instant from, Instant until) {
        return entries(rows.findByEnteredAtBetweenOrderByPosition(from, until));
    }

    public List<JournalEntry> forBooking(String bookingRef) {
        return entries(rows.findByBookingRefOrderByPosition(bookingRef));
    }

    public long count() {
        return rows.count();
    }

    private static List<JournalEntry> entries(List<JournalRow> found) {
        return found.stream().map(JournalRow::entry).toList();
    }
}
