package app.innkeep.cloud.guest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A guest as the GUEST table holds it, with the upper-case "LAST FIRST" search column and its times. */
@MappedEntity(value = "GUEST", namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class, escape = false)
public record GuestTableRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        long propertyId,
        String firstName,
        String lastName,
        String searchName,
        @Nullable String email,
        @Nullable String phone,
        Instant createdAt,
        Instant updatedAt) {

    GuestRow guest() {
        return new GuestRow(id, propertyId, firstName, lastName, email, phone);
    }
}
