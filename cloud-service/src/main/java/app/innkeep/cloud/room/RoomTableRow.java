package app.innkeep.cloud.room;

import app.innkeep.model.Housekeeping;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A room as the ROOM table holds it: keyed by property and room number, as the schema has always been. */
@MappedEntity(value = "ROOM", namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class, escape = false)
record RoomTableRow(
        @EmbeddedId Key key,
        String roomType,
        Housekeeping housekeeping,
        boolean outOfOrder,
        boolean active,
        Instant updatedAt) {

    /** The natural key; the column names are given so they are not prefixed with the key's own name. */
    @Embeddable
    record Key(
            @MappedProperty("PROPERTY_ID") long propertyId,
            @MappedProperty("ROOM_NUMBER") String number) {}

    static RoomTableRow of(RoomRow room, Instant now) {
        return new RoomTableRow(
                new Key(room.propertyId(), room.number()),
                room.roomType(),
                room.housekeeping(),
                room.outOfOrder(),
                room.active(),
                now);
    }

    RoomRow room() {
        return new RoomRow(key.propertyId(), key.number(), roomType, housekeeping, outOfOrder, active);
    }
}
