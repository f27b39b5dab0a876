package app.innkeep.standby.reentry;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The re-entry of each outage ({@code REENTRY}), the folio figures the closing check compares, and the desk's records
 * that a sign-off retires. In the caller's transaction.
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

    private final Replica replica;

    public ReentryStore(Replica replica) {
        this.replica = replica;
    }

    /** The outage's re-entry row, made (assistant off, nothing done) the first time it is asked for. */
    ReentryState state(long outageId) {
        ensure(outageId);
        return replica.one(
                        "SELECT * FROM REENTRY WHERE OUTAGE_ID = ?",
                        rs -> new ReentryState(
                                outageId,
                                rs.getBoolean("ASSISTED"),
                                Replica.instant(rs, "LAST_RUN_AT"),
                                rs.getString("LAST_RUN_MESSAGE"),
                                Replica.instant(rs, "VERIFIED_AT"),
                                (Boolean) rs.getObject("VERIFIED_OK"),
                                rs.getString("VERIFY_REPORT"),
                                Replica.instant(rs, "SIGNED_OFF_AT"),
                                rs.getString("SIGNED_OFF_BY")),
                        outageId)
                .orElseThrow();
    }

    private void ensure(long outageId) {
        if (replica.count("SELECT COUNT(*) FROM REENTRY WHERE OUTAGE_ID = ?", outageId) == 0) {
            replica.update("INSERT INTO REENTRY (OUTAGE_ID) VALUES (?)", outageId);
        }
    }

    void assisted(long outageId, boolean assisted) {
        replica.update("UPDATE REENTRY SET ASSISTED = ? WHERE OUTAGE_ID = ?", assisted, outageId);
    }

    void assistantRan(long outageId, Instant at, String message) {
        replica.update(
                "UPDATE REENTRY SET LAST_RUN_AT = ?, LAST_RUN_MESSAGE = ? WHERE OUTAGE_ID = ?", at, message, outageId);
    }

    void checked(long outageId, Instant at, boolean ok, String report) {
        replica.update(
                "UPDATE REENTRY SET VERIFIED_AT = ?, VERIFIED_OK = ?, VERIFY_REPORT = ? WHERE OUTAGE_ID = ?",
                at,
                ok,
                report.length() > MAX_REPORT ? report.substring(0, MAX_REPORT) : report,
                outageId);
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
        return replica.one(
                        "SELECT COALESCE(SUM(CASE WHEN LINE_KIND = 'PAYMENT' THEN -AMOUNT ELSE AMOUNT END), 0)"
                                + " FROM LOCAL_FOLIO_LINE WHERE CONFIRMATION = ? AND RETIRED_AT IS NULL",
                        rs -> rs.getBigDecimal(1),
                        bookingRef)
                .orElse(BigDecimal.ZERO);
    }

    /**
     * Signed off: the re-entry is read-only from now on, and the desk's records of the outage (its bookings, folio
     * lines, room states and collision flags) retire.
     */
    void signedOff(long outageId, Instant now, String user) {
        replica.update(
                "UPDATE REENTRY SET SIGNED_OFF_AT = ?, SIGNED_OFF_BY = ? WHERE OUTAGE_ID = ?", now, user, outageId);
        replica.update(
                "UPDATE LOCAL_BOOKING SET RETIRED_AT = ? WHERE OUTAGE_ID = ? AND RETIRED_AT IS NULL", now, outageId);
        replica.update(
                "UPDATE LOCAL_FOLIO_LINE SET RETIRED_AT = ? WHERE RETIRED_AT IS NULL AND ENTRY_ID IN"
                        + " (SELECT ENTRY_ID FROM OUTAGE_JOURNAL WHERE OUTAGE_ID = ?)",
                now,
                outageId);
        replica.update("UPDATE LOCAL_ROOM SET RETIRED_AT = ? WHERE RETIRED_AT IS NULL", now);
        replica.update("UPDATE COLLISION SET RESOLVED_AT = ?, RESOLVED_BY = ? WHERE RESOLVED_AT IS NULL", now, user);
    }
}
