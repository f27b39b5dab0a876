package app.innkeep.standby.staff;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A logged-in browser. Only a hash of the cookie's token is kept, so a copy of the database logs nobody in. */
@MappedEntity(
        value = "STAFF_SESSION",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
public record StaffSessionRow(
        @Id String tokenHash, String username, String csrfToken, Instant createdAt, Instant lastSeenAt) {}
