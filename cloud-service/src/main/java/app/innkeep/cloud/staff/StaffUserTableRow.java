package app.innkeep.cloud.staff;

import app.innkeep.cloud.security.StaffRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A cloud user as the STAFF_USER table holds it; support staff have no property. */
@MappedEntity(
        value = "STAFF_USER",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record StaffUserTableRow(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable
        Long id,

        @Nullable Long propertyId,
        String username,
        String displayName,
        // The column avoids ROLE, which some databases reserve; the name is what StaffRow reads it by.
        @MappedProperty("ROLE_NAME") StaffRole role,
        String passwordHash,
        int failedLogins,
        @Nullable Instant lockedUntil,
        boolean active,
        long tokenVersion,
        Instant createdAt) {}
