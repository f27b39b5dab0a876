package app.innkeep.standby.reentry;

import app.innkeep.standby.outage.CollisionRow;
import app.innkeep.standby.outage.CollisionRows;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The collisions that stop a re-entry ({@code COLLISION} of the kinds in {@link ConflictKind}) and the auditor's
 * choices per field ({@code REENTRY_CHOICE}). In the caller's transaction.
 */
@Singleton
public class ConflictStore {

    /** The collision kinds that stop a re-entry until the auditor chooses. */
    private static final List<String> STOPPING =
            Arrays.stream(ConflictKind.values()).map(Enum::name).toList();

    /** An open collision of a booking as the desk flagged it, with who changed the cloud's side and when. */
    record OpenCollision(ConflictKind kind, String detail, String otherBooking, ChangedBy cloudBy) {}

    private final CollisionRows collisions;
    private final ReentryChoiceRows choices;

    ConflictStore(CollisionRows collisions, ReentryChoiceRows choices) {
        this.collisions = collisions;
        this.choices = choices;
    }

    /** The booking's first open collision that stops its re-entry. */
    Optional<OpenCollision> open(String bookingRef) {
        return firstOpen(bookingRef)
                .map(c -> new OpenCollision(
                        ConflictKind.valueOf(c.kind()),
                        c.detail(),
                        c.otherConfirmation(),
                        new ChangedBy(c.cloudBy(), c.cloudAt())));
    }

    /** What an open collision of the booking says, if it has one; none for an entry of no booking. */
    Optional<String> unresolved(String bookingRef) {
        if (bookingRef == null) {
            return Optional.empty();
        }
        return firstOpen(bookingRef).map(CollisionRow::detail);
    }

    private Optional<CollisionRow> firstOpen(String bookingRef) {
        return collisions.findFirstByResolvedAtIsNullAndConfirmationAndKindInOrderById(bookingRef, STOPPING);
    }

    /** The booking's collisions that stop a re-entry are resolved. */
    void resolved(String bookingRef, String user, Instant now) {
        collisions.updateByConfirmationAndResolvedAtIsNullAndKindIn(bookingRef, STOPPING, now, user);
    }

    /** The auditor's choices for the booking; none for an entry of no booking. */
    AuditorChoices choices(String bookingRef) {
        AuditorChoices out = AuditorChoices.none();
        if (bookingRef == null) {
            return out;
        }
        for (ReentryChoiceRow c : choices.findByIdBookingRef(bookingRef)) {
            out = switch (c.winner()) {
                case STANDBY -> out.standbyWins(c.id().field(), c.chosenValue());
                case CLOUD -> out.cloudWins(c.id().field());
            };
        }
        return out;
    }

    /** The auditor chooses afresh: the earlier choices for the booking go. */
    void forgetChoices(String bookingRef) {
        choices.deleteByIdBookingRef(bookingRef);
    }

    void choose(String bookingRef, String field, Winner winner, String value, String user, Instant now) {
        choices.save(new ReentryChoiceRow(new ReentryChoiceRow.Key(bookingRef, field), winner, value, user, now));
    }
}
