package app.innkeep.standby.reentry;

import app.innkeep.model.StayTerms;
import app.innkeep.model.journal.JournalChange.BookingChange;
import app.innkeep.model.json.JsonException;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.JournalEntry;
import app.innkeep.standby.outage.OutageJournal;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A booking that collides stops its re-entry until the night auditor looks at both versions and chooses per field
 * which side wins, or, for a walk-in whose room the cloud sold, a free room to move it to (ADR 0011: collisions stop,
 * they are not merged).
 */
@Singleton
public class ResolvingCollision {

    private static final Logger LOG = LoggerFactory.getLogger(ResolvingCollision.class);
    /** The room choice's field, and its value for keeping the booking's room (the cloud booking was moved by hand). */
    public static final String NEW_ROOM = "newRoom";

    public static final String KEEP_ROOM = "KEEP";

    private static final List<String> BOOKING_FIELDS =
            List.of("arrival", "departure", "roomType", "room", "rate", "adults", "children");

    private final OpenReentries reentries;
    private final ConflictStore conflicts;
    private final Worklist worklist;
    private final DeskQueries desk;
    private final OutageJournal journal;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public ResolvingCollision(
            OpenReentries reentries,
            ConflictStore conflicts,
            Worklist worklist,
            DeskQueries desk,
            OutageJournal journal,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.reentries = reentries;
        this.conflicts = conflicts;
        this.worklist = worklist;
        this.desk = desk;
        this.journal = journal;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The versions of a booking that collides, field by field (before the outage, standby, cloud), who changed each
     * side and when; for a booking whose room the cloud sold, the rooms it may move to.
     */
    public Optional<Conflict> conflict(String bookingRef) {
        return tx.executeRead(s -> conflicts.open(bookingRef).map(c -> {
            DeskBooking mine = desk.booking(bookingRef).orElseThrow();
            Map<String, String> standby = fields(mine);
            // A walk-in whose room was sold is compared with the cloud booking that took the room.
            String cloudBooking = c.kind() == ConflictKind.ROOM_DOUBLE_BOOKED ? c.otherBooking() : bookingRef;
            Optional<DeskBooking> theirs = desk.cloudVersion(cloudBooking);
            Map<String, String> other = theirs.map(ResolvingCollision::fields).orElse(Map.of());
            List<JournalEntry> deskWork = bookingChanges(bookingRef);
            Map<String, String> original = deskWork.isEmpty()
                    ? Map.of()
                    : Optional.ofNullable(((BookingChange) OutageJournal.change(deskWork.getFirst())).before())
                            .map(ResolvingCollision::fields)
                            .orElse(Map.of());
            AuditorChoices chosen = conflicts.choices(bookingRef);
            List<FieldChoice> fields = new ArrayList<>();
            for (String f : BOOKING_FIELDS) {
                String a = standby.getOrDefault(f, "");
                String b = other.getOrDefault(f, "");
                fields.add(new FieldChoice(
                        f,
                        original.getOrDefault(f, ""),
                        a,
                        b,
                        !a.equals(b),
                        chosen.winner(f).orElse(null)));
            }
            ChangedBy standbyBy = deskWork.isEmpty()
                    ? new ChangedBy(null, null)
                    : new ChangedBy(
                            deskWork.getLast().username(), deskWork.getLast().enteredAt());
            RoomOffer rooms = c.kind() == ConflictKind.ROOM_DOUBLE_BOOKED
                    ? RoomOffer.of(
                            mine.roomType(),
                            mine.arrival(),
                            mine.departure(),
                            desk.activeRooms(),
                            desk.freeRooms(mine.arrival(), mine.departure(), bookingRef))
                    : RoomOffer.none();
            return new Conflict(
                    bookingRef,
                    c.kind(),
                    c.detail(),
                    c.otherBooking(),
                    fields,
                    standbyBy,
                    c.cloudBy(),
                    mine.guestName(),
                    theirs.map(DeskBooking::guestName).orElse(""),
                    rooms);
        }));
    }

    /**
     * The desk's changes to the booking during the outage, in order (its charges and payments are no change; an entry
     * a newer standby wrote, which this one cannot read, is left out rather than failing the page).
     */
    private List<JournalEntry> bookingChanges(String bookingRef) {
        return journal.forBooking(bookingRef).stream()
                .filter(ResolvingCollision::changesBooking)
                .toList();
    }

    private static boolean changesBooking(JournalEntry entry) {
        try {
            return OutageJournal.change(entry) instanceof BookingChange;
        } catch (JsonException unreadable) {
            return false;
        }
    }

    /**
     * The auditor's choice for a colliding booking: per differing field, which side wins (a field without a choice is
     * refused); for a booking whose room the cloud sold, {@code newRoom} moves it to a free clean room, or
     * {@link #KEEP_ROOM} keeps its room (the cloud booking was moved by hand first); no choice is refused. The booking's
     * entries are pending again.
     */
    public void resolve(String user, long outageId, String bookingRef, Map<String, Winner> winners, String newRoom) {
        Conflict conflict = conflict(bookingRef)
                .orElseThrow(() -> new Invalid(null, "booking " + bookingRef + " has no open collision"));
        tx.executeWrite(s -> {
            reentries.open(outageId);
            Instant now = clock.instant();
            conflicts.forgetChoices(bookingRef);
            switch (conflict.kind()) {
                case ROOM_DOUBLE_BOOKED -> chooseRoom(conflict, newRoom, user, now);
                case BOOKING_CHANGED_IN_CLOUD -> chooseFields(conflict, winners, user, now);
            }
            conflicts.resolved(bookingRef, user, now);
            for (WorkItem item : worklist.items(outageId)) {
                if (bookingRef.equals(item.entry().bookingRef()) && item.status() == WorkStatus.CONFLICT) {
                    worklist.unsettled(item.entry().entryId(), WorkStatus.PENDING, "resolved by " + user, now);
                }
            }
            return null;
        });
        LOG.info("Re-entry: {} resolved the collision of {} ({})", user, bookingRef, conflict.kind());
    }

    private void chooseRoom(Conflict conflict, String newRoom, String user, Instant now) {
        if (newRoom == null || newRoom.isBlank()) {
            throw new Invalid(NEW_ROOM, "choose a free room to move the booking to, or keep its room");
        }
        String room = KEEP_ROOM.equals(newRoom.strip()) ? null : newRoom.strip();
        if (room != null
                && conflict.rooms().rooms().stream().noneMatch(r -> r.number().equals(room))) {
            throw new Invalid(
                    NEW_ROOM,
                    "room " + room + " is not a free clean "
                            + conflict.fields().stream()
                                    .filter(f -> f.field().equals("roomType"))
                                    .findFirst()
                                    .map(FieldChoice::standby)
                                    .orElse("")
                            + " room for these nights");
        }
        String current = conflict.fields().stream()
                .filter(f -> f.field().equals("room"))
                .findFirst()
                .map(FieldChoice::standby)
                .orElse("");
        conflicts.choose(conflict.bookingRef(), "room", Winner.STANDBY, room == null ? current : room, user, now);
    }

    private void chooseFields(Conflict conflict, Map<String, Winner> winners, String user, Instant now) {
        for (FieldChoice f : conflict.fields()) {
            if (!f.differs()) {
                continue;
            }
            Winner winner = winners.get(f.field());
            if (winner == null) {
                throw new Invalid(f.field(), "choose which side wins " + f.field());
            }
            String value = switch (winner) {
                case STANDBY -> f.standby();
                case CLOUD -> null;
            };
            conflicts.choose(conflict.bookingRef(), f.field(), winner, value, user, now);
        }
    }

    private static Map<String, String> fields(StayTerms.Held b) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("arrival", String.valueOf(b.arrival()));
        m.put("departure", String.valueOf(b.departure()));
        m.put("roomType", b.roomType());
        m.put("room", b.room() == null ? "" : b.room());
        m.put("rate", b.rate().setScale(2, RoundingMode.HALF_UP).toPlainString());
        m.put("adults", String.valueOf(b.adults()));
        m.put("children", String.valueOf(b.children()));
        return m;
    }
}
