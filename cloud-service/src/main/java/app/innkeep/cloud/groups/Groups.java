package app.innkeep.cloud.groups;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Groups of properties, their members, and which group a group admin belongs to. */
@Store
@Singleton
public class Groups {

    /** A group as stored. */
    public record GroupRow(long id, String code, String name, Instant createdAt) {}

    private static final String SELECT = "SELECT ID, CODE, NAME, CREATED_AT FROM PROPERTY_GROUP";

    private final Db db;

    public Groups(Db db) {
        this.db = db;
    }

    public Optional<GroupRow> byCode(String code) {
        return db.one(SELECT + " WHERE CODE = ?", Groups::row, code);
    }

    public List<GroupRow> all() {
        return db.list(SELECT + " ORDER BY CODE", Groups::row);
    }

    /** Fails with {@code Db.ConstraintViolated} when the code is taken (by a concurrent request too). */
    public long insert(String code, String name, Instant now) {
        return db.insert("INSERT INTO PROPERTY_GROUP (CODE, NAME, CREATED_AT) VALUES (?, ?, ?)", code, name, now);
    }

    /** The ids of the group's properties, in the order of their codes. */
    public List<Long> memberIds(long groupId) {
        return db.list(
                "SELECT M.PROPERTY_ID FROM PROPERTY_GROUP_MEMBER M JOIN PROPERTY P ON P.ID = M.PROPERTY_ID"
                        + " WHERE M.GROUP_ID = ? ORDER BY P.CODE",
                rs -> rs.getLong(1),
                groupId);
    }

    public boolean isMember(long groupId, long propertyId) {
        return db.count(
                        "SELECT COUNT(*) FROM PROPERTY_GROUP_MEMBER WHERE GROUP_ID = ? AND PROPERTY_ID = ?",
                        groupId,
                        propertyId)
                > 0;
    }

    public void addMember(long groupId, long propertyId, Instant now) {
        db.update(
                "INSERT INTO PROPERTY_GROUP_MEMBER (GROUP_ID, PROPERTY_ID, ADDED_AT) VALUES (?, ?, ?)",
                groupId,
                propertyId,
                now);
    }

    /** Whether there was such a member to remove. */
    public boolean removeMember(long groupId, long propertyId) {
        return db.update(
                        "DELETE FROM PROPERTY_GROUP_MEMBER WHERE GROUP_ID = ? AND PROPERTY_ID = ?", groupId, propertyId)
                > 0;
    }

    /** The group a group admin belongs to (none for every other user). */
    public Optional<GroupRow> ofAdmin(String username) {
        return db.one(
                "SELECT G.ID, G.CODE, G.NAME, G.CREATED_AT FROM PROPERTY_GROUP G JOIN STAFF_USER U ON U.GROUP_ID = G.ID"
                        + " WHERE U.USERNAME = ?",
                Groups::row,
                username);
    }

    /** Places a user, just created without a property, in the group: as a property user's row carries its property. */
    public void assignAdmin(String username, long groupId) {
        db.update("UPDATE STAFF_USER SET GROUP_ID = ? WHERE USERNAME = ? AND PROPERTY_ID IS NULL", groupId, username);
    }

    /** The usernames of the group's admins. */
    public List<String> admins(long groupId) {
        return db.list(
                "SELECT USERNAME FROM STAFF_USER WHERE GROUP_ID = ? ORDER BY USERNAME", rs -> rs.getString(1), groupId);
    }

    private static GroupRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new GroupRow(rs.getLong("ID"), rs.getString("CODE"), rs.getString("NAME"), Db.instant(rs, "CREATED_AT"));
    }
}
