package app.innkeep.standby.reentry;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * The collisions that stop a re-entry ({@code COLLISION} of the kinds in {@link ConflictKind}) and the auditor's
 * choices per field ({@code REENTRY_CHOICE}). In the caller's transaction.
 */
@Store
@Singleton
public class ConflictStore {

    /** An open collision of a booking as the desk flagged it. */
    record OpenCollision(ConflictKind kind, String detail, String otherBooking) {}

    private final Replica replica;

    public ConflictStore(Replica replica) {
        this.replica = replica;
    }

    /** The booking's first open collision that stops its re-entry. */
    Optional<OpenCollision> open(String bookingRef) {
        return replica.one(
                "SELECT KIND, DETAIL, OTHER_CONFIRMATION FROM COLLISION WHERE RESOLVED_AT IS NULL AND CONFIRMATION = ?"
                        + " AND KIND IN ('BOOKING_CHANGED_IN_CLOUD', 'ROOM_DOUBLE_BOOKED') ORDER BY ID FETCH FIRST 1 ROWS ONLY",
                rs -> new OpenCollision(ConflictKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
                bookingRef);
    }

    /** What an open collision of the booking says, if it has one; none for an entry of no booking. */
    Optional<String> unresolved(String bookingRef) {
        if (bookingRef == null) {
            return Optional.empty();
        }
        return replica.one(
                "SELECT DETAIL FROM COLLISION WHERE RESOLVED_AT IS NULL AND CONFIRMATION = ?"
                        + " AND KIND IN ('BOOKING_CHANGED_IN_CLOUD', 'ROOM_DOUBLE_BOOKED') FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getString(1),
                bookingRef);
    }

    /** The booking's collisions that stop a re-entry are resolved. */
    void resolved(String bookingRef, String user, Instant now) {
        replica.update(
                "UPDATE COLLISION SET RESOLVED_AT = ?, RESOLVED_BY = ? WHERE CONFIRMATION = ? AND RESOLVED_AT IS NULL"
                        + " AND KIND IN ('BOOKING_CHANGED_IN_CLOUD', 'ROOM_DOUBLE_BOOKED')",
                now,
                user,
                bookingRef);
    }

    /** The auditor's choices for the booking; none for an entry of no booking. */
    AuditorChoices choices(String bookingRef) {
        AuditorChoices out = AuditorChoices.none();
        if (bookingRef == null) {
            return out;
        }
        for (var c : replica.list(
                "SELECT FIELD, WINNER, CHOSEN_VALUE FROM REENTRY_CHOICE WHERE BOOKING_REF = ?",
                rs -> new Choice(rs.getString(1), Winner.valueOf(rs.getString(2)), rs.getString(3)),
                bookingRef)) {
            out = switch (c.winner()) {
                case STANDBY -> out.standbyWins(c.field(), c.value());
                case CLOUD -> out.cloudWins(c.field());
            };
        }
        return out;
    }

    private record Choice(String field, Winner winner, String value) {}

    /** The auditor chooses afresh: the earlier choices for the booking go. */
    void forgetChoices(String bookingRef) {
        replica.update("DELETE FROM REENTRY_CHOICE WHERE BOOKING_REF = ?", bookingRef);
    }

    void choose(String bookingRef, String field, Winner winner, String value, String user, Instant now) {
        replica.update(
                "INSERT INTO REENTRY_CHOICE (BOOKING_REF, FIELD, WINNER, CHOSEN_VALUE, CHOSEN_BY, CHOSEN_AT) VALUES (?, ?, ?, ?, ?, ?)",
                bookingRef,
                field,
                winner.name(),
                value,
                user,
                now);
    }
}
