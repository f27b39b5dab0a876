package app.innkeep.reports;

import java.time.Instant;

/**
 * A record changed on both sides: {@code kind} BOOKING_CHANGED_IN_CLOUD, FOLIO_CHANGED_IN_CLOUD or ROOM_DOUBLE_BOOKED
 * (then {@code otherRef} is the cloud booking holding the same room).
 */
public record CollisionLine(
        Instant notedAt, String kind, String bookingRef, String otherRef, String room, String detail) {}
