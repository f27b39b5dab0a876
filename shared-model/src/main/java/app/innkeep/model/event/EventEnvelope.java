package app.innkeep.model.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An event with its place in the property's feed: {@code sequence} is gap-free and strictly increasing per
 * property; {@code eventId} identifies the event everywhere; {@code businessDate} is the hotel's date when it
 * happened, {@code occurredAt} the wall time; {@code actor} the user or device that caused it.
 */
public record EventEnvelope(
        String property,
        long sequence,
        UUID eventId,
        Instant occurredAt,
        LocalDate businessDate,
        String actor,
        int schemaVersion,
        PropertyEvent event) {

    public String type() {
        return event.type();
    }
}
