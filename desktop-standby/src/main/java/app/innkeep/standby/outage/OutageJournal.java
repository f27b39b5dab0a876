package app.innkeep.standby.outage;

import app.innkeep.model.journal.JournalChange;
import app.innkeep.model.journal.JournalCodec;
import app.innkeep.standby.store.Replica;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The append-only outage journal: written in the transaction of the action it records, never changed (the database
 * refuses UPDATE and DELETE on it). Its entry ID is the form's one-time ID, so a form sent twice is one entry.
 */
@Singleton
public class OutageJournal {

    private final Replica replica;

    public OutageJournal(Replica replica) {
        this.replica = replica;
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
        replica.update(
                "INSERT INTO OUTAGE_JOURNAL (ENTRY_ID, OUTAGE_ID, ACTION, BOOKING_REF, ROOM_NUMBER, CODE, AMOUNT, BEFORE_STATE,"
                        + " AFTER_STATE, USERNAME, ENTERED_AT, BUSINESS_DATE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                businessDate);
    }

    /** What an entry changed; a state this standby cannot read is a {@code JsonException} saying why. */
    public static JournalChange change(JournalEntry entry) {
        return JournalCodec.read(entry.action(), entry.before(), entry.after());
    }

    public Optional<JournalEntry> entry(String entryId) {
        return replica.one("SELECT * FROM OUTAGE_JOURNAL WHERE ENTRY_ID = ?", OutageJournal::map, entryId);
    }

    public List<JournalEntry> entries(long outageId) {
        return replica.list(
                "SELECT * FROM OUTAGE_JOURNAL WHERE OUTAGE_ID = ? ORDER BY POSITION", OutageJournal::map, outageId);
    }

    /** Every entry entered in [from, until], in the order taken: the re-entry reports' window. */
    public List<JournalEntry> between(java.time.Instant from, java.time.Instant until) {
        return replica.list(
                "SELECT * FROM OUTAGE_JOURNAL WHERE ENTERED_AT >= ? AND ENTERED_AT <= ? ORDER BY POSITION",
                OutageJournal::map,
                from,
                until);
    }

    public List<JournalEntry> forBooking(String bookingRef) {
        return replica.list(
                "SELECT * FROM OUTAGE_JOURNAL WHERE BOOKING_REF = ? ORDER BY POSITION", OutageJournal::map, bookingRef);
    }

    public long count() {
        return replica.count("SELECT COUNT(*) FROM OUTAGE_JOURNAL");
    }

    private static JournalEntry map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new JournalEntry(
                rs.getLong("POSITION"),
                rs.getString("ENTRY_ID"),
                rs.getLong("OUTAGE_ID"),
                rs.getString("ACTION"),
                rs.getString("BOOKING_REF"),
                rs.getString("ROOM_NUMBER"),
                rs.getString("CODE"),
                rs.getBigDecimal("AMOUNT"),
                rs.getString("BEFORE_STATE"),
                rs.getString("AFTER_STATE"),
                rs.getString("USERNAME"),
                Replica.instant(rs, "ENTERED_AT"),
                Replica.date(rs, "BUSINESS_DATE"));
    }
}
