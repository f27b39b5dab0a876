package app.innkeep.cloud.staff;

import app.innkeep.cloud.security.StaffRole;
import java.time.Instant;

/** A cloud user as stored, with the password hash; never sent over HTTP. */
public record StaffRow(
        long id,
        Long propertyId,
        String propertyCode,
        String username,
        String displayName,
        StaffRole role,
        String passwordHash,
        int failedLogins,
        Instant lockedUntil,
        boolean active,
        long tokenVersion) {}
