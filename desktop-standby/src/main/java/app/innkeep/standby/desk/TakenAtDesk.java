package app.innkeep.standby.desk;

import java.time.Instant;

/**
 * A cloud booking that began at the desk as a walk-in or reservation under a D-number during an outage (started at
 * {@code outageStartedAt}): its page says so, and links to the D-number lead to it.
 */
@io.micronaut.serde.annotation.Serdeable
public record TakenAtDesk(String dNumber, Instant outageStartedAt) {}
