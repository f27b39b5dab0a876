package app.innkeep.cloud.staff;

import app.innkeep.cloud.security.StaffRole;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the staff endpoints. */
public final class StaffRequests {

    private StaffRequests() {}

    @Serdeable
    public record CreateStaffRequest(
            @NotBlank
            @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "must be 3-60 lower-case letters, digits, '.', '_' or '-'")
            String username,

            @NotBlank @Size(max = 120) String displayName,
            @NotNull StaffRole role,

            @NotBlank @Size(min = 10, max = 200, message = "must be 10-200 characters")
            String password) {}

    @Serdeable
    public record UpdateStaffRequest(
            @NotBlank @Size(max = 120) String displayName,
            @NotNull StaffRole role,
            @NotNull Boolean active) {}

    @Serdeable
    public record StaffResponse(String username, String displayName, StaffRole role, boolean active, boolean locked) {}
}
