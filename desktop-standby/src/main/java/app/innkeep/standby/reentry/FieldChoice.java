package app.innkeep.standby.reentry;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One field of a colliding booking: its value in the replica before the outage ({@code original}, empty for a booking
 * the desk made), both sides' values now, and the auditor's choice (null while none is made).
 */
@Serdeable
public record FieldChoice(
        String field, String original, String standby, String cloud, boolean differs, Winner chosen) {}
