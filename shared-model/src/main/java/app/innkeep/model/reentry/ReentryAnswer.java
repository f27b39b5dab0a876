package app.innkeep.model.reentry;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The cloud's answer for one re-entered entry, the same whenever the entry is sent again ({@code replayed} then
 * true). {@code cloudConfirmation} is set for booking and line actions, {@code lineId} and {@code amount} for line
 * actions.
 */
public record ReentryAnswer(
        String entryId,
        ReentryAction action,
        String bookingRef,
        String cloudConfirmation,
        Long lineId,
        BigDecimal amount,
        boolean replayed,
        Instant recordedAt) {}
