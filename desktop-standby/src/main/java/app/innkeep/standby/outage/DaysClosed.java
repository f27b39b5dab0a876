package app.innkeep.standby.outage;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The business days the standby's night audit closed during an outage (OUTAGE_DAY_CLOSE). Its key, outage and closed
 * day, lets one close of a day through: a second one at the same moment is refused by the database. In the caller's
 * transaction.
 */
@Store
@Singleton
public class DaysClosed {

    /** A day the night audit closed, the day the desk rolled to, and the close's journal entry. */
    public record ClosedDay(LocalDate closed, LocalDate next, String entryId, String closedBy, Instant closedAt) {}

    private final Replica replica;

    DaysClosed(Replica replica) {
        this.replica = replica;
    }

    /** The outage's last closed day, if its night audit closed one. */
    public Optional<ClosedDay> last(long outageId) {
        return replica.one(
                "SELECT CLOSED_DATE, NEXT_DATE, ENTRY_ID, CLOSED_BY, CLOSED_AT FROM OUTAGE_DAY_CLOSE WHERE OUTAGE_ID = ?"
                        + " ORDER BY CLOSED_DATE DESC FETCH FIRST 1 ROWS ONLY",
                rs -> new ClosedDay(
                        Replica.date(rs, "CLOSED_DATE"),
                        Replica.date(rs, "NEXT_DATE"),
                        rs.getString("ENTRY_ID"),
                        rs.getString("CLOSED_BY"),
                        Replica.instant(rs, "CLOSED_AT")),
                outageId);
    }

    /** How many days the outage's night audit closed. */
    public long count(long outageId) {
        return replica.count("SELECT COUNT(*) FROM OUTAGE_DAY_CLOSE WHERE OUTAGE_ID = ?", outageId);
    }

    /**
     * Records the close first thing in its transaction: a second close of the same day waits on this row and then
     * meets the key (SQL state 23505), so it writes nothing.
     */
    void record(long outageId, ClosedDay day) {
        replica.update(
                "INSERT INTO OUTAGE_DAY_CLOSE (OUTAGE_ID, CLOSED_DATE, NEXT_DATE, ENTRY_ID, CLOSED_BY, CLOSED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                outageId,
                day.closed(),
                day.next(),
                day.entryId(),
                day.closedBy(),
                day.closedAt());
    }
}
