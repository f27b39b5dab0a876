package app.innkeep.cloud.support;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the tests that start the cloud service on a real database and call it over HTTP. A concrete test says
 * which database; the same tests run on Derby and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CloudIT implements TestPropertyProvider {

    public static final String SUPPORT_PASSWORD = "support password for tests";
    public static final List<String> TABLES = List.of(
            "PROPERTY",
            "STAFF_USER",
            "MASTER_CODE",
            "ROOM",
            "GUEST",
            "BOOKING",
            "ROOM_NIGHT",
            "FOLIO_LINE",
            "IDEMPOTENT_REQUEST",
            "AUDIT_ENTRY",
            "OUTBOX_EVENT",
            "OUTBOX_RUN",
            "DEVICE",
            "PAIRING_CODE",
            "REENTRY_ENTRY",
            "BOOKING_ALIAS",
            "BUSINESS_DAY_CLOSE",
            "LETTER_TEMPLATE",
            "PAGE_SESSION",
            "PROPERTY_GROUP",
            "PROPERTY_GROUP_MEMBER",
            "STANDBY_DATA_CHOICE");

    protected final TestDatabase database = createDatabase();

    @Inject
    protected EmbeddedServer server;

    private Api api;

    protected abstract TestDatabase createDatabase();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new LinkedHashMap<>(database.properties());
        p.put("innkeep.bootstrap.support-password", SUPPORT_PASSWORD);
        // Cheap hashes keep the many logins of the tests fast; below the floor they need the test-only switch.
        p.put("innkeep.password.iterations", "20000");
        p.put("innkeep.test.fault-injection", "enabled");
        p.put("micronaut.server.port", "-1");
        p.putAll(extraProperties());
        return p;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    protected Api api() {
        if (api == null) {
            api = new Api(server.getURI());
        }
        return api;
    }

    protected String supportToken() {
        return api().login("support", SUPPORT_PASSWORD);
    }

    /** Row counts of every table, to prove a refused request changed nothing. */
    protected Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.connect()) {
            for (String table : TABLES) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /**
     * The content of every table, a digest of its rows (every column) per table, to prove that a refused request
     * changed nothing: row counts alone miss an update, or an update that lost its audit entry.
     */
    protected Map<String, String> tableContents() {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Connection c = database.connect()) {
            for (String table : TABLES) {
                List<String> rows = new java.util.ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('\u001f');
                        }
                        rows.add(row.toString());
                    }
                }
                java.util.Collections.sort(rows);
                var digest = java.security.MessageDigest.getInstance("SHA-256");
                rows.forEach(r -> digest.update(r.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                contents.put(
                        table,
                        rows.size() + " rows, " + java.util.HexFormat.of().formatHex(digest.digest()));
            }
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return contents;
    }

    @AfterAll
    void dropDatabase() {
        if (server != null) {
            server.getApplicationContext().close();
        }
        database.close();
    }
}
