package app.innkeep.cloud.room;

import app.innkeep.model.Housekeeping;

/** A room as stored. */
public record RoomRow(
        long propertyId,
        String number,
        String roomType,
        Housekeeping housekeeping,
        boolean outOfOrder,
        boolean active) {}
