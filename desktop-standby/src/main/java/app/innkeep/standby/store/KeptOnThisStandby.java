package app.innkeep.standby.store;

import app.innkeep.model.snapshot.KeptOnStandby;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * What the property lets this standby keep (issue 18), as the snapshot the copy was made from said, and the trim of
 * departed bookings older than the chosen days. Read by the sync, which resyncs when the cloud's choice moves on, and by
 * the desk, which says "not kept on this standby" for a field the choice leaves out.
 */
@Store
@Singleton
public class KeptOnThisStandby {

    /** A copy made without a choice keeps everything, and is never trimmed (as before there was a choice). */
    public static final KeptOnStandby EVERYTHING = new KeptOnStandby(0, 0, true, true);

    private final Replica replica;

    public KeptOnThisStandby(Replica replica) {
        this.replica = replica;
    }

    public KeptOnStandby current() {
        return replica.one(
                        "SELECT CHOICE_VERSION, HISTORY_DAYS, CONTACT_DETAILS, NOTES FROM KEPT_ON_STANDBY WHERE ID = 1",
                        rs -> new KeptOnStandby(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4)))
                .orElse(EVERYTHING);
    }

    /** The choice a new copy was made under; null (a cloud without choices) keeps everything. */
    public void madeUnder(KeptOnStandby kept) {
        replica.update("DELETE FROM KEPT_ON_STANDBY");
        if (kept != null) {
            replica.update(
                    "INSERT INTO KEPT_ON_STANDBY (ID, CHOICE_VERSION, HISTORY_DAYS, CONTACT_DETAILS, NOTES)"
                            + " VALUES (1, ?, ?, ?, ?)",
                    kept.version(),
                    kept.historyDays(),
                    kept.contactDetails(),
                    kept.notes());
        }
    }

    /**
     * Removes the cloud's bookings that left (checked out, cancelled, no-show) before the chosen days, and their folio
     * lines, as the cloud's snapshot leaves them out; reserved and in-house bookings stay whatever their dates. Nothing
     * when no days were chosen. Returns how many bookings went.
     */
    public int trim(LocalDate businessDate) {
        KeptOnStandby kept = current();
        if (kept.version() == 0) {
            return 0;
        }
        LocalDate from = businessDate.minusDays(kept.historyDays());
        String gone = "STATUS NOT IN ('RESERVED', 'CHECKED_IN') AND DEPARTURE < ?";
        replica.update(
                "DELETE FROM FOLIO_LINE WHERE CONFIRMATION IN (SELECT CONFIRMATION FROM BOOKING WHERE " + gone + ")",
                from);
        return replica.update("DELETE FROM BOOKING WHERE " + gone, from);
    }
}
