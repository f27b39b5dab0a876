package app.innkeep.cloud.staff;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import app.innkeep.cloud.security.StaffRole;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The staff users table. */
@Store
@Singleton
public class StaffUsers {

    private static final String SELECT = "SELECT U.ID, U.PROPERTY_ID, P.CODE, U.USERNAME, U.DISPLAY_NAME, U.ROLE_NAME,"
            + " U.PASSWORD_HASH, U.FAILED_LOGINS, U.LOCKED_UNTIL, U.ACTIVE, U.TOKEN_VERSION"
            + " FROM STAFF_USER U LEFT JOIN PROPERTY P ON P.ID = U.PROPERTY_ID";

    private final Db db;

    public StaffUsers(Db db) {
        this.db = db;
    }

    public Optional<StaffRow> byUsername(String username) {
        return db.one(SELECT + " WHERE U.USERNAME = ?", StaffUsers::map, username);
    }

    public List<StaffRow> ofProperty(long propertyId) {
        return db.list(SELECT + " WHERE U.PROPERTY_ID = ? ORDER BY U.USERNAME", StaffUsers::map, propertyId);
    }

    public long insert(
            Long propertyId, String username, String displayName, StaffRole role, String passwordHash, Instant now) {
        return db.insert(
                "INSERT INTO STAFF_USER (PROPERTY_ID, USERNAME, DISPLAY_NAME, ROLE_NAME, PASSWORD_HASH, FAILED_LOGINS, ACTIVE, CREATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, 0, TRUE, ?)",
                propertyId,
                username,
                displayName,
                role,
                passwordHash,
                now);
    }

    /**
     * Changes name, role and whether the account is active. A new role or a deactivation also ends every login token
     * issued so far ({@code revokeTokens}); a new display name alone does not.
     */
    public void update(long id, String displayName, StaffRole role, boolean active, boolean revokeTokens) {
        db.update(
                "UPDATE STAFF_USER SET DISPLAY_NAME = ?, ROLE_NAME = ?, ACTIVE = ?,"
                        + " TOKEN_VERSION = TOKEN_VERSION + ? WHERE ID = ?",
                displayName,
                role,
                active,
                revokeTokens ? 1 : 0,
                id);
    }

    /** A new password ends every login token issued with the old one. */
    public void setPassword(long id, String passwordHash) {
        db.update(
                "UPDATE STAFF_USER SET PASSWORD_HASH = ?, FAILED_LOGINS = 0, LOCKED_UNTIL = NULL,"
                        + " TOKEN_VERSION = TOKEN_VERSION + 1 WHERE ID = ?",
                passwordHash,
                id);
    }

    /**
     * The same password hashed again with more iterations. Changes nothing if the hash was replaced meanwhile (a
     * password change wins), and ends no token: the password is the one they were issued for.
     */
    public void upgradeHash(long id, String oldHash, String newHash) {
        db.update("UPDATE STAFF_USER SET PASSWORD_HASH = ? WHERE ID = ? AND PASSWORD_HASH = ?", newHash, id, oldHash);
    }

    /** A wrong password; when it locks the account ({@code lockedUntil} set), every login token ends with it. */
    public void recordFailure(long id, int failedLogins, Instant lockedUntil) {
        db.update(
                "UPDATE STAFF_USER SET FAILED_LOGINS = ?, LOCKED_UNTIL = ?, TOKEN_VERSION = TOKEN_VERSION + ?"
                        + " WHERE ID = ?",
                failedLogins,
                lockedUntil,
                lockedUntil == null ? 0 : 1,
                id);
    }

    public void recordSuccess(long id) {
        db.update(
                "UPDATE STAFF_USER SET FAILED_LOGINS = 0, LOCKED_UNTIL = NULL WHERE ID = ? AND FAILED_LOGINS > 0", id);
    }

    static StaffRow map(ResultSet rs) throws SQLException {
        long propertyId = rs.getLong("PROPERTY_ID");
        return new StaffRow(
                rs.getLong("ID"),
                rs.wasNull() ? null : propertyId,
                rs.getString("CODE"),
                rs.getString("USERNAME"),
                rs.getString("DISPLAY_NAME"),
                StaffRole.valueOf(rs.getString("ROLE_NAME")),
                rs.getString("PASSWORD_HASH"),
                rs.getInt("FAILED_LOGINS"),
                Db.instant(rs, "LOCKED_UNTIL"),
                rs.getBoolean("ACTIVE"),
                rs.getLong("TOKEN_VERSION"));
    }
}
