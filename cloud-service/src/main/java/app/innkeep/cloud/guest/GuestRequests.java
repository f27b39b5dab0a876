package app.innkeep.cloud.guest;

import app.innkeep.model.BookingRules;
import app.innkeep.model.FreeText.Limits;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the guest endpoints. */
public final class GuestRequests {

    private GuestRequests() {}

    @Serdeable
    public record GuestDetails(
            @NotBlank @Size(max = Limits.NAME) String firstName,
            @NotBlank @Size(max = Limits.NAME) String lastName,
            @Email @Size(max = Limits.EMAIL) String email,

            @Pattern(regexp = BookingRules.PHONE_PATTERN, message = "must be a phone number")
            String phone) {}

    @Serdeable
    public record GuestResponse(long id, String firstName, String lastName, String email, String phone) {
        public static GuestResponse of(GuestRow g) {
            return new GuestResponse(g.id(), g.firstName(), g.lastName(), g.email(), g.phone());
        }
    }
}
