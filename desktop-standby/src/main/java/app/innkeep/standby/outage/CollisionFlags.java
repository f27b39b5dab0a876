package app.innkeep.standby.outage;

import app.innkeep.model.BookingStatus;
import app.innkeep.standby.outage.Collisions.Collision;
import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The collision flags and what deciding on them reads of the desk's work; in the caller's transaction. */
@Singleton
class CollisionFlags {

    /** The booking statuses that hold a room. */
    private static final List<BookingStatus> HOLDS_ROOM = List.of(BookingStatus.RESERVED, BookingStatus.CHECKED_IN);

    /** The desk's version of a booking, by the cloud version it started from. */
    record DeskVersion(String baseState) {}

    /** A cloud booking and the room it holds. */
    @Introspected
    record CloudHold(String confirmation, String room) {}

    private final CollisionRows flags;
    private final LocalBookingRows bookings;
    private final LocalFolioLineRows lines;
    private final JournalRows journal;
    private final Outages outages;

    CollisionFlags(
            CollisionRows flags,
            LocalBookingRows bookings,
            LocalFolioLineRows lines,
            JournalRows journal,
            Outages outages) {
        this.flags = flags;
        this.bookings = bookings;
        this.lines = lines;
        this.journal = journal;
        this.outages = outages;
    }

    /** The bookings the desk has its own version of. */
    Set<String> deskBookings() {
        return new HashSet<>(bookings.findConfirmationByRetiredAtIsNullOrderByConfirmation());
    }

    /** The folios the desk posted lines to. */
    Set<String> foliosWithDeskLines() {
        return new HashSet<>(lines.findDistinctConfirmationByRetiredAtIsNull());
    }

    /** The rooms the desk's live bookings hold. */
    Set<String> roomsHeldByDesk() {
        return new HashSet<>(
                bookings.findDistinctRoomNumberByRetiredAtIsNullAndStatusInAndRoomNumberIsNotNull(HOLDS_ROOM));
    }

    /**
     * The desk's own version of a booking, by the cloud version it started from ({@code baseState}: null for the
     * desk's own walk-ins); empty when the desk has none.
     */
    Optional<DeskVersion> deskVersion(String confirmation) {
        return bookings.findByConfirmationAndRetiredAtIsNull(confirmation).map(b -> new DeskVersion(b.baseState()));
    }

    /** Whether the desk changed this booking or posted to its folio. */
    boolean deskWorkedOn(String confirmation) {
        return lines.countByConfirmationAndRetiredAtIsNull(confirmation)
                        + bookings.countByConfirmationAndRetiredAtIsNull(confirmation)
                > 0;
    }

    /** The desk's bookings in order, to compare each with the cloud's copy again after a resync. */
    List<String> deskBookingsInOrder() {
        return bookings.findConfirmationByRetiredAtIsNullOrderByConfirmation();
    }

    /** Cloud bookings that hold a room one of the desk's live bookings holds too (on some night or not). */
    List<CloudHold> cloudBookingsInDeskRooms() {
        return bookings.cloudBookingsInDeskRooms();
    }

    /** A desk booking (other than the cloud booking itself) holding the cloud booking's room on one of its nights. */
    Optional<String> deskBookingClashingWith(String cloudConfirmation) {
        return bookings.deskBookingClashingWith(cloudConfirmation);
    }

    /**
     * Whether the auditor has begun to re-enter this booking into the cloud (an entry of it posted or done by hand).
     */
    boolean reentryUnderWay(String confirmation) {
        return journal.countReentered(confirmation) > 0;
    }

    /**
     * The outage a flag of this booking belongs to: the one in which the desk made its live version of the booking,
     * else posted the live lines of its folio, else the open outage, else the last one.
     */
    Optional<Long> outageOf(String confirmation) {
        return bookings.findOutageIdByConfirmationAndRetiredAtIsNull(confirmation)
                .or(() -> lines.outageOfLiveLines(confirmation))
                .or(() -> outages.open()
                        .or(() -> outages.recent().stream().findFirst())
                        .map(Outage::id));
    }

    /**
     * Whether this booking already has a flag of this kind for this version (a cloud version, a line, a room pair) in
     * the outage its desk work belongs to: a new outage flags afresh.
     */
    boolean flagged(String kind, String confirmation, String versionKey) {
        return outageOf(confirmation)
                .map(o -> flags.existsByKindAndConfirmationAndVersionKeyAndOutageId(kind, confirmation, versionKey, o))
                .orElse(false);
    }

    /** Whether the desk's booking and this cloud booking are already flagged as holding the same room. */
    boolean roomClashFlagged(String deskConfirmation, String cloudConfirmation) {
        return outageOf(deskConfirmation)
                .map(o -> flags.existsByKindAndConfirmationAndOtherConfirmationAndOutageId(
                        "ROOM_DOUBLE_BOOKED", deskConfirmation, cloudConfirmation, o))
                .orElse(false);
    }

    /** A new open flag, in the outage the booking's desk work belongs to. */
    void flag(
            String kind,
            String confirmation,
            String other,
            String room,
            Long sequence,
            String versionKey,
            String detail,
            Instant notedAt,
            String cloudBy,
            Instant cloudAt) {
        flags.save(new CollisionRow(
                null,
                kind,
                confirmation,
                other,
                room,
                sequence,
                versionKey,
                detail,
                notedAt,
                null,
                null,
                outageOf(confirmation).orElse(null),
                cloudBy,
                cloudAt));
    }

    /** The open flags, of whichever outage not yet signed off (a sign-off resolves its outage's). */
    List<Collision> open() {
        return collisions(flags.findByResolvedAtIsNullOrderById());
    }

    /** The booking's open flags, whichever side of them it is on. */
    List<Collision> forBooking(String confirmation) {
        return collisions(flags.openForBooking(confirmation));
    }

    /** Every flag of one outage, open and resolved. */
    List<Collision> ofOutage(long outageId) {
        return collisions(flags.findByOutageIdOrderById(outageId));
    }

    private static List<Collision> collisions(List<CollisionRow> rows) {
        return rows.stream()
                .map(r -> new Collision(
                        r.id(),
                        r.outageId(),
                        r.kind(),
                        r.confirmation(),
                        r.otherConfirmation(),
                        r.roomNumber(),
                        r.sequenceNo(),
                        r.detail(),
                        r.notedAt(),
                        r.resolvedAt() == null ? Collisions.State.OPEN : Collisions.State.RESOLVED,
                        r.resolvedAt(),
                        r.resolvedBy()))
                .toList();
    }
}
