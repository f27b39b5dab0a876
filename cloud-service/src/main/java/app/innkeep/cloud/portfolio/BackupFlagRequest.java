package app.innkeep.cloud.portfolio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Turns a property's standby backup on or off, optionally saying why (kept in the audit trail). Any other field is
 * refused: a misspelt or made-up field must not be taken for a change that was made.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record BackupFlagRequest(
        @NotNull Boolean enabled,

        @Nullable @Size(max = 200, message = "must be at most 200 characters")
        String reason) {}
