package app.innkeep.standby.reentry;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A booking whose re-entry waits for the auditor: the versions field by field (before the outage, standby, cloud),
 * who changed each side and when, the guests on each side, and, for a booking whose room the cloud sold
 * ({@code otherBooking}), the rooms it could move to.
 */
@Serdeable
public record Conflict(
        String bookingRef,
        ConflictKind kind,
        String detail,
        String otherBooking,
        List<FieldChoice> fields,
        ChangedBy standbyBy,
        ChangedBy cloudBy,
        String standbyGuest,
        String cloudGuest,
        RoomOffer rooms) {

    public boolean roomDoubleBooked() {
        return kind == ConflictKind.ROOM_DOUBLE_BOOKED;
    }
}
