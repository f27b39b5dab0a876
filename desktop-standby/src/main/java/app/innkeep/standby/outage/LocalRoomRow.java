package app.innkeep.standby.outage;

import app.innkeep.model.Housekeeping;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A room's housekeeping status and out-of-order flag as the desk set them during an outage. */
@MappedEntity(
        value = "LOCAL_ROOM",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record LocalRoomRow(
        @Id String roomNumber,
        Housekeeping housekeeping,
        boolean outOfOrder,
        Instant changedAt,
        @Nullable Instant retiredAt) {}
