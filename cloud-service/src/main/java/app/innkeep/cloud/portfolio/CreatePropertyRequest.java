package app.innkeep.cloud.portfolio;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What support staff enter to open a property, with its first property admin. */
@Serdeable
public record CreatePropertyRequest(
        @NotBlank
        @Pattern(
                regexp = "[A-Z][A-Z0-9]{1,7}",
                message = "must be 2-8 upper-case letters or digits, starting with a letter")
        String code,

        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 64) String timeZone,

        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,

        @NotNull LocalDate businessDate,
        @NotNull @Valid FirstAdmin admin) {

    @Serdeable
    public record FirstAdmin(
            @NotBlank
            @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "must be 3-60 lower-case letters, digits, '.', '_' or '-'")
            String username,

            @NotBlank @Size(max = 120) String displayName,

            @NotBlank @Size(min = 10, max = 200, message = "must be 10-200 characters")
            String password) {}
}
