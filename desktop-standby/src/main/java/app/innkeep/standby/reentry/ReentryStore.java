package app.innkeep.standby.reentry;

import app.innkeep.standby.outage.CollisionRows;
import app.innkeep.standby.outage.LocalRecords;
import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The re-entry of each outage ({@code REENTRY}), the folio figures the closing check compares (the cloud's lines read
 * from the replica by hand, the desk's summed by its store), and the desk's records that a sign-off retires. In the
 * caller's transaction.
 */
@Store
@Singleton
public class ReentryStore {

    /** The closing report is kept whole up to this length, cut after it. */
    private static final int MAX_REPORT = 16000;

    /** A line of a cloud folio as the replica holds it. */
    record CloudLine(long lineId, String kind, BigDecimal amount) {

        /** What the line does to the balance: a payment lowers it. */
        BigDecimal signedAmount() {
            return "PAYMENT".equals(kind) ? amount.negate() : amount;
        }
    }

    private final ReentryRows rows;
    private final LocalRecords local;
    private final CollisionRows collisions;
    private final Replica replica;

    ReentryStore(ReentryRows rows, LocalRecords local, CollisionRows collisions, Replica replica) {
        this.rows = rows;
        this.local = local;
        this.collisions = collisions;
        this.replica = replica;
    }

    /** The outage's re-entry row, made (assistant off, nothing done) the first time it is asked for. */
    ReentryState state(long outageId) {
        return rows.findById(outageId)
                .orElseGet(() -> {
                    ReentryRow fresh = ReentryRow.fresh(outageId);
                    rows.save(fresh);
                    return fresh;
                })
                .state();
    }

    void assisted(long outageId, boolean assisted) {
        rows.update(outageId, assisted);
    }

    void assistantRan(long outageId, Instant at, String message) {
        rows.update(outageId, at, message);
    }

    void checked(long outageId, Instant at, boolean ok, String report) {
        rows.update(outageId, at, ok, report.length() > MAX_REPORT ? report.substring(0, MAX_REPORT) : report);
    }

    /** The cloud folio's lines as the replica has them now. */
    List<CloudLine> cloudLines(String cloudConfirmation) {
        return replica.list(
                "SELECT LINE_ID, LINE_KIND, AMOUNT FROM FOLIO_LINE WHERE CONFIRMATION = ?",
                rs -> new CloudLine(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)),
                cloudConfirmation);
    }

    /** The balance of the lines the desk posted on the standby to this booking and has not retired. */
    BigDecimal deskLinesBalance(String bookingRef) {
        return local.deskLinesBalance(bookingRef);
    }

    /**
     * Signed off: the re-entry is read-only from now on, and the desk's records of the outage (its bookings, folio
     * lines, room states) retire and its open collisions are resolved; another outage's stay as they are.
     */
    void signedOff(long outageId, Instant now, String user) {
        rows.update(outageId, user, now);
        local.retire(outageId, now);
        collisions.updateByOutageIdAndResolvedAtIsNull(outageId, now, user);
    }
}
