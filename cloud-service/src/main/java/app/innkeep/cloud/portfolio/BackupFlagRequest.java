package app.innkeep.cloud.portfolio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * Turns a property's standby backup on or off. Any other field is refused: a misspelt or made-up field must not be
 * taken for a change that was made.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record BackupFlagRequest(@NotNull Boolean enabled) {}
