package app.innkeep.standby.outage;

import java.time.Instant;

/** A period of working on the standby while the cloud is out of reach. Open until a night auditor or admin ends it. */
@io.micronaut.serde.annotation.Serdeable
public record Outage(
        long id,
        Instant startedAt,
        String startedBy,
        String reason,
        Instant dataAsOf,
        Instant endedAt,
        String endedBy,
        String endNote) {

    public boolean open() {
        return endedAt == null;
    }
}
