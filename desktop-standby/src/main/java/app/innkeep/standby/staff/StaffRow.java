package app.innkeep.standby.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** One of the standby's own staff accounts; the hash never leaves this package's login code. */
@MappedEntity(value = "STAFF", namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class, escape = false)
public record StaffRow(
        @Id String username,
        String displayName,
        @MappedProperty("STAFF_ROLE") StaffRole role,
        String passwordHash,
        boolean active,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Instant createdAt) {}
