package app.innkeep.cloud.session;

import app.innkeep.cloud.staff.StaffRow;
import app.innkeep.cloud.staff.StaffUsers;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** The signed-in browsers of the cloud's pages (Micronaut Data, ADR 0015). */
@Singleton
public class PageSessions {

    private final PageSessionTable table;
    private final StaffUsers users;

    public PageSessions(PageSessionTable table, StaffUsers users) {
        this.table = table;
        this.users = users;
    }

    /** A session for the user as the row is now (its token version: a later change of the account ends it). */
    @Transactional
    void open(String idHash, String username, String csrfToken, Instant now, Instant expiresAt) {
        StaffRow user = users.byUsername(username).orElseThrow();
        // Sessions nobody ended are removed when someone logs in: a cheap sweep instead of a scheduled job.
        table.endExpired(now);
        table.save(new PageSessionTableRow(idHash, user.id(), user.tokenVersion(), csrfToken, now, expiresAt));
    }

    @Transactional
    Optional<PageSessionRow> byIdHash(String idHash) {
        return table.byIdHash(idHash);
    }

    @Transactional
    void end(String idHash) {
        table.end(idHash);
    }
}
