package app.innkeep.cloud.staff;

import app.innkeep.cloud.security.StaffRole;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A cloud user as stored, with the password hash and the property's code ({@link StaffUserTable} reads it through a
 * join); never sent over HTTP.
 */
@Introspected
public record StaffRow(
        long id,
        @Nullable Long propertyId,
        @Nullable String propertyCode,
        String username,
        String displayName,
        StaffRole role,
        String passwordHash,
        int failedLogins,
        @Nullable Instant lockedUntil,
        boolean active,
        long tokenVersion) {}
