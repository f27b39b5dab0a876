package app.innkeep.standby.reentry;

import io.micronaut.serde.annotation.Serdeable;

/** One field of a colliding booking, with both sides' values and the auditor's choice (null while none is made). */
@Serdeable
public record FieldChoice(String field, String standby, String cloud, boolean differs, Winner chosen) {}
