package app.innkeep.standby.drill;

import java.time.Instant;

/** One fire drill: who started it and why, and how it ended. */
public record Drill(
        long id,
        DrillState state,
        Instant startedAt,
        String startedBy,
        String reason,
        Instant endedAt,
        String endedBy,
        String note) {}
