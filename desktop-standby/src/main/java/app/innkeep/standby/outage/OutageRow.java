package app.innkeep.standby.outage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** One outage as stored; {@code openMark} is 1 while it runs and NULL after (a unique key allows one open outage). */
@MappedEntity(value = "OUTAGE", namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class, escape = false)
record OutageRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        Instant startedAt,
        String startedBy,
        String reason,
        @Nullable Instant dataAsOf,
        @Nullable Instant endedAt,
        @Nullable String endedBy,
        @Nullable String endNote,
        @Nullable Integer openMark) {

    static final int OPEN = 1;

    Outage outage() {
        return new Outage(id, startedAt, startedBy, reason, dataAsOf, endedAt, endedBy, endNote);
    }
}
