package app.innkeep.cloud.guest;

import app.innkeep.model.BookingRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Bodies of the guest endpoints. */
public final class GuestRequests {

    private GuestRequests() {}

    /** A guest's details; checked by the shared {@link BookingRules#guest} rule, as on the standby's desk. */
    @Serdeable
    public record GuestDetails(
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String email,
            @Nullable String phone) {}

    @Serdeable
    public record GuestResponse(long id, String firstName, String lastName, String email, String phone) {
        public static GuestResponse of(GuestRow g) {
            return new GuestResponse(g.id(), g.firstName(), g.lastName(), g.email(), g.phone());
        }
    }
}
