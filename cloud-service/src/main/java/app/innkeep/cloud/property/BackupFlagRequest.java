package app.innkeep.cloud.property;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Turns a property's standby backup on or off. */
@Serdeable
public record BackupFlagRequest(@NotNull Boolean enabled) {}
