package app.innkeep.reports;

import java.time.Instant;

/**
 * A record changed on both sides: {@code kind} BOOKING_CHANGED_IN_CLOUD, FOLIO_CHANGED_IN_CLOUD or ROOM_DOUBLE_BOOKED
 * (then {@code otherRef} is the cloud booking holding the same room). Open until {@code resolvedAt}, when the night
 * auditor resolved it or signed its outage off ({@code resolvedBy}).
 */
public record CollisionLine(
        Instant notedAt,
        String kind,
        String bookingRef,
        String otherRef,
        String room,
        String detail,
        Instant resolvedAt,
        String resolvedBy) {

    public boolean open() {
        return resolvedAt == null;
    }
}
