package app.innkeep.standby.reentry;

import app.innkeep.standby.desk.DeskRoom;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A booking whose re-entry waits for the auditor: the two versions field by field and, for a walk-in whose room the
 * cloud sold ({@code otherBooking}), the free rooms it could move to.
 */
@Serdeable
public record Conflict(
        String bookingRef,
        ConflictKind kind,
        String detail,
        String otherBooking,
        List<FieldChoice> fields,
        List<DeskRoom> freeRooms) {

    public boolean roomDoubleBooked() {
        return kind == ConflictKind.ROOM_DOUBLE_BOOKED;
    }
}
