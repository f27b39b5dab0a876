package app.innkeep.cloud.staff;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's new password, set by the property admin. Unknown fields are refused: a typo must not pass silently. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record PasswordChangeRequest(
        @NotBlank @Size(min = 10, max = 200, message = "must be 10-200 characters")
        String password) {}
