package app.innkeep.reports;

/** A room of the downtime pack's room status page; {@code occupant} is "1042 · Smith, Ann" or empty. */
public record PackRoom(String room, String roomType, String housekeeping, boolean outOfOrder, String occupant) {}
