package app.innkeep.cloud.room;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.LocalDate;

/** One booked night of a room: the key on (property, room, night) is what refuses a double booking (ADR 0004). */
@MappedEntity(
        value = "ROOM_NIGHT",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record RoomNightTableRow(@EmbeddedId Key key, long bookingId) {

    /** The natural key; the column names are given so they are not prefixed with the key's own name. */
    @Embeddable
    record Key(
            @MappedProperty("PROPERTY_ID") long propertyId,
            @MappedProperty("ROOM_NUMBER") String number,
            @MappedProperty("NIGHT") LocalDate night) {}
}
