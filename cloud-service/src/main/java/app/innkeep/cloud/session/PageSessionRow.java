package app.innkeep.cloud.session;

import app.innkeep.cloud.security.StaffRole;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A session with its user as the user is now ({@link PageSessionTable} reads both through a join). */
@Introspected
record PageSessionRow(
        String idHash,
        long sessionVersion,
        String csrfToken,
        Instant expiresAt,
        String username,
        String displayName,
        StaffRole roleName,
        @Nullable String propertyCode,
        boolean active,
        @Nullable Instant lockedUntil,
        long tokenVersion) {}
