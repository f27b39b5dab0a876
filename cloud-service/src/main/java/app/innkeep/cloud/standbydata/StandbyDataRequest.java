package app.innkeep.cloud.standbydata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * A new choice of what the standby keeps, every field required. Any other field is refused: a misspelt field must not
 * be taken for a choice that was made.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record StandbyDataRequest(
        @NotNull Integer historyDays,
        @NotNull Boolean contactDetails,
        @NotNull Boolean notes) {

    DataChoices choices() {
        return new DataChoices(historyDays, contactDetails, notes);
    }
}
