package app.innkeep.model.journal;

/** A room's status before or after the desk changed it; {@code housekeeping} is DIRTY, CLEAN or INSPECTED. */
public record JournalRoom(String housekeeping, boolean outOfOrder) {}
