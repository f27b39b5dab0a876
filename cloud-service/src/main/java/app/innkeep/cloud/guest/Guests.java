package app.innkeep.cloud.guest;

import app.innkeep.cloud.db.Db;
import app.innkeep.cloud.db.Store;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The guests table; names are searched through an upper-case "LAST FIRST" column that both databases index. */
@Singleton
@Store
public class Guests {

    private static final String SELECT = "SELECT ID, PROPERTY_ID, FIRST_NAME, LAST_NAME, EMAIL, PHONE FROM GUEST";

    private final Db db;

    public Guests(Db db) {
        this.db = db;
    }

    public Optional<GuestRow> find(long propertyId, long id) {
        return db.one(SELECT + " WHERE PROPERTY_ID = ? AND ID = ?", Guests::map, propertyId, id);
    }

    public List<GuestRow> search(long propertyId, String name, int limit) {
        return db.list(
                SELECT
                        + " WHERE PROPERTY_ID = ? AND SEARCH_NAME LIKE ? ORDER BY SEARCH_NAME OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY",
                Guests::map,
                propertyId,
                "%" + searchName(name) + "%",
                limit);
    }

    public long insert(long propertyId, String firstName, String lastName, String email, String phone, Instant now) {
        return db.insert(
                "INSERT INTO GUEST (PROPERTY_ID, FIRST_NAME, LAST_NAME, SEARCH_NAME, EMAIL, PHONE, CREATED_AT, UPDATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                propertyId,
                firstName,
                lastName,
                searchName(lastName + " " + firstName),
                email,
                phone,
                now,
                now);
    }

    public void update(GuestRow g, Instant now) {
        db.update(
                "UPDATE GUEST SET FIRST_NAME = ?, LAST_NAME = ?, SEARCH_NAME = ?, EMAIL = ?, PHONE = ?, UPDATED_AT = ? WHERE PROPERTY_ID = ? AND ID = ?",
                g.firstName(),
                g.lastName(),
                searchName(g.lastName() + " " + g.firstName()),
                g.email(),
                g.phone(),
                now,
                g.propertyId(),
                g.id());
    }

    public static String searchName(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    static GuestRow map(ResultSet rs) throws SQLException {
        return new GuestRow(
                rs.getLong("ID"),
                rs.getLong("PROPERTY_ID"),
                rs.getString("FIRST_NAME"),
                rs.getString("LAST_NAME"),
                rs.getString("EMAIL"),
                rs.getString("PHONE"));
    }
}
