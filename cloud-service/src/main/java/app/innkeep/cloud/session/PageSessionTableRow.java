package app.innkeep.cloud.session;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.time.Instant;

/** A signed-in browser as the PAGE_SESSION table holds it: the hash of its cookie, never the cookie itself. */
@MappedEntity(
        value = "PAGE_SESSION",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record PageSessionTableRow(
        @Id String idHash,
        long staffUserId,
        long tokenVersion,
        String csrfToken,
        Instant createdAt,
        Instant expiresAt) {}
