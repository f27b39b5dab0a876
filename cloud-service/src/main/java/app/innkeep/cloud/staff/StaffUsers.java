package app.innkeep.cloud.staff;

import app.innkeep.cloud.security.StaffRole;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The staff users table (Micronaut Data, ADR 0015). */
@Singleton
public class StaffUsers {

    private final StaffUserTable table;

    public StaffUsers(StaffUserTable table) {
        this.table = table;
    }

    public Optional<StaffRow> byUsername(String username) {
        return table.byUsername(username);
    }

    public List<StaffRow> ofProperty(long propertyId) {
        return table.ofProperty(propertyId);
    }

    public long insert(
            Long propertyId, String username, String displayName, StaffRole role, String passwordHash, Instant now) {
        return table.save(new StaffUserTableRow(
                        null, propertyId, username, displayName, role, passwordHash, 0, null, true, 0, now))
                .id();
    }

    /**
     * Changes name, role and whether the account is active. A new role or a deactivation also ends every login token
     * issued so far ({@code revokeTokens}); a new display name alone does not.
     */
    public void update(long id, String displayName, StaffRole role, boolean active, boolean revokeTokens) {
        table.change(id, displayName, role, active, revokeTokens ? 1 : 0);
    }

    /** A new password ends every login token issued with the old one. */
    public void setPassword(long id, String passwordHash) {
        table.changePassword(id, passwordHash);
    }

    /**
     * The same password hashed again with more iterations. Changes nothing if the hash was replaced meanwhile (a
     * password change wins), and ends no token: the password is the one they were issued for.
     */
    public void upgradeHash(long id, String oldHash, String newHash) {
        table.replaceHash(id, oldHash, newHash);
    }

    /** A wrong password; when it locks the account ({@code lockedUntil} set), every login token ends with it. */
    public void recordFailure(long id, int failedLogins, Instant lockedUntil) {
        table.changeFailures(id, failedLogins, lockedUntil, lockedUntil == null ? 0 : 1);
    }

    public void recordSuccess(long id) {
        table.clearFailures(id);
    }
}
