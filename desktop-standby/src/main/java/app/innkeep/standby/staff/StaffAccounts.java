package app.innkeep.standby.staff;

import app.innkeep.standby.store.Replica;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The standby's own staff accounts (they are not copied from the cloud: the standby must work when it is down). */
@Singleton
public class StaffAccounts {

    /** One account; the hash never leaves this package's login code. */
    public record StaffRow(
            String username,
            String displayName,
            StaffRole role,
            String passwordHash,
            boolean active,
            int failedLogins,
            Instant lockedUntil) {}

    private final Replica replica;

    public StaffAccounts(Replica replica) {
        this.replica = replica;
    }

    public Optional<StaffRow> byUsername(String username) {
        return replica.one("SELECT * FROM STAFF WHERE USERNAME = ?", StaffAccounts::row, username);
    }

    public List<StaffRow> all() {
        return replica.list("SELECT * FROM STAFF ORDER BY USERNAME", StaffAccounts::row);
    }

    public void add(String username, String displayName, StaffRole role, String passwordHash, Instant now) {
        replica.update(
                "INSERT INTO STAFF (USERNAME, DISPLAY_NAME, STAFF_ROLE, PASSWORD_HASH, CREATED_AT) VALUES (?, ?, ?, ?, ?)",
                username,
                displayName,
                role.name(),
                passwordHash,
                now);
    }

    /** A new password, role or name for an existing account; also lifts a lockout. */
    public void change(String username, String displayName, StaffRole role, String passwordHash, boolean active) {
        replica.update(
                "UPDATE STAFF SET DISPLAY_NAME = ?, STAFF_ROLE = ?, PASSWORD_HASH = ?, ACTIVE = ?, FAILED_LOGINS = 0,"
                        + " LOCKED_UNTIL = NULL WHERE USERNAME = ?",
                displayName,
                role.name(),
                passwordHash,
                active,
                username);
    }

    public void recordFailure(String username, int failures, Instant lockedUntil) {
        replica.update(
                "UPDATE STAFF SET FAILED_LOGINS = ?, LOCKED_UNTIL = ? WHERE USERNAME = ?",
                failures,
                lockedUntil,
                username);
    }

    public void recordSuccess(String username) {
        replica.update("UPDATE STAFF SET FAILED_LOGINS = 0, LOCKED_UNTIL = NULL WHERE USERNAME = ?", username);
    }

    private static StaffRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StaffRow(
                rs.getString("USERNAME"),
                rs.getString("DISPLAY_NAME"),
                StaffRole.valueOf(rs.getString("STAFF_ROLE")),
                rs.getString("PASSWORD_HASH"),
                rs.getBoolean("ACTIVE"),
                rs.getInt("FAILED_LOGINS"),
                Replica.instant(rs, "LOCKED_UNTIL"));
    }
}
