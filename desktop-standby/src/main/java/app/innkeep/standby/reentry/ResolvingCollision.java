package app.innkeep.standby.reentry;

import app.innkeep.model.BookingStatus;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.desk.DeskQueries;
import app.innkeep.standby.desk.DeskRoom;
import app.innkeep.standby.input.Invalid;
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
    private static final List<String> BOOKING_FIELDS =
            List.of("arrival", "departure", "roomType", "room", "rate", "adults", "children");

    private final OpenReentries reentries;
    private final ConflictStore conflicts;
    private final Worklist worklist;
    private final DeskQueries desk;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    public ResolvingCollision(
            OpenReentries reentries,
            ConflictStore conflicts,
            Worklist worklist,
            DeskQueries desk,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.reentries = reentries;
        this.conflicts = conflicts;
        this.worklist = worklist;
        this.desk = desk;
        this.tx = tx;
        this.clock = clock;
    }

    /** The two versions of a booking that collides, field by field; for a walk-in whose room the cloud sold, rooms. */
    public Optional<Conflict> conflict(String bookingRef) {
        return tx.executeRead(s -> conflicts.open(bookingRef).map(c -> {
            DeskBooking mine = desk.booking(bookingRef).orElseThrow();
            Map<String, String> standby = fields(mine);
            // A walk-in whose room was sold is compared with the cloud booking that took the room.
            String cloudBooking = c.kind() == ConflictKind.ROOM_DOUBLE_BOOKED ? c.otherBooking() : bookingRef;
            Map<String, String> other = desk.cloudVersion(cloudBooking)
                    .map(ResolvingCollision::fields)
                    .orElse(Map.of());
            AuditorChoices chosen = conflicts.choices(bookingRef);
            List<FieldChoice> fields = new ArrayList<>();
            for (String f : BOOKING_FIELDS) {
                String a = standby.getOrDefault(f, "");
                String b = other.getOrDefault(f, "");
                fields.add(
                        new FieldChoice(f, a, b, !a.equals(b), chosen.winner(f).orElse(null)));
            }
            List<DeskRoom> rooms = c.kind() == ConflictKind.ROOM_DOUBLE_BOOKED
                    ? desk.freeRooms(mine.arrival(), mine.departure(), bookingRef).stream()
                            .filter(r -> r.roomType().equals(mine.roomType()))
                            // A guest in the house needs a room ready now; a reservation's room is made up by then.
                            .filter(r -> r.ready() || mine.status() != BookingStatus.CHECKED_IN)
                            .toList()
                    : List.of();
            return new Conflict(bookingRef, c.kind(), c.detail(), c.otherBooking(), fields, rooms);
        }));
    }

    /**
     * The auditor's choice for a colliding booking: per differing field, which side wins (a field without a choice is
     * refused); for a walk-in whose room the cloud sold, {@code newRoom} moves it (or keeping its room means the cloud
     * booking is moved by hand first). The booking's entries are pending again.
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
        String room = newRoom == null || newRoom.isBlank() ? null : newRoom.strip();
        if (room != null
                && conflict.freeRooms().stream().noneMatch(r -> r.number().equals(room))) {
            throw new Invalid("newRoom", "room " + room + " is not free for these nights");
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

    private static Map<String, String> fields(DeskBooking b) {
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
