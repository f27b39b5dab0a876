package app.innkeep.cloud.standbydata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A property's standby data choice over HTTP; {@code version} 0 with no {@code chosenAt} is the default. */
@Serdeable
public record StandbyDataResponse(
        String property,
        int historyDays,
        boolean contactDetails,
        boolean notes,
        long version,
        @Nullable Instant chosenAt,
        @Nullable String chosenBy) {

    static StandbyDataResponse of(String property, StandbyDataChoice c) {
        return new StandbyDataResponse(
                property,
                c.choices().historyDays(),
                c.choices().contactDetails(),
                c.choices().notes(),
                c.version(),
                c.chosenAt(),
                c.chosenBy());
    }
}
