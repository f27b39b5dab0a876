package app.innkeep.cloud.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database for one test class: embedded Derby in a temporary folder, or a new database on the local
 * PostgreSQL server. With {@code CI=true} a missing PostgreSQL fails the build instead of skipping.
 */
public abstract sealed class TestDatabase implements AutoCloseable {

    @Override
    public abstract void close();

    public static final String PG_HOST = System.getenv().getOrDefault("INNKEEP_TEST_PG_HOST", "127.0.0.1");
    public static final String PG_PORT = System.getenv().getOrDefault("INNKEEP_TEST_PG_PORT", "5432");
    public static final String PG_USER = System.getenv().getOrDefault("INNKEEP_TEST_PG_USER", "postgres");

    public abstract String name();

    public abstract String url();

    public abstract String driver();

    public abstract String username();

    /** Micronaut properties pointing the service at this database. */
    public Map<String, String> properties() {
        Map<String, String> p = new HashMap<>();
        p.put("datasources.default.url", url());
        p.put("datasources.default.driver-class-name", driver());
        p.put("datasources.default.username", username());
        p.put("datasources.default.password", "");
        return p;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), username(), "");
    }

    public static TestDatabase derby() {
        return new Derby();
    }

    public static TestDatabase postgres() {
        return new Postgres();
    }

    static final class Derby extends TestDatabase {
        private final Path dir;

        Derby() {
            try {
                dir = Files.createTempDirectory("innkeep-derby-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String name() {
            return "Derby";
        }

        @Override
        public String url() {
            return "jdbc:derby:" + dir.resolve("db") + ";create=true";
        }

        @Override
        public String driver() {
            return "org.apache.derby.iapi.jdbc.AutoloadedDriver";
        }

        @Override
        public String username() {
            return "innkeep";
        }

        @Override
        public void close() {
            try {
                DriverManager.getConnection("jdbc:derby:" + dir.resolve("db") + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception (SQLState 08006).
            }
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temporary folder left behind is harmless.
            }
        }
    }

    static final class Postgres extends TestDatabase {
        private final String database = "innkeep_it_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);

        Postgres() {
            try (Connection admin = DriverManager.getConnection(adminUrl(), PG_USER, "")) {
                admin.createStatement().execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    Assertions.fail("PostgreSQL at " + PG_HOST + ":" + PG_PORT
                            + " is required in CI but not reachable: " + e.getMessage());
                }
                Assumptions.abort("PostgreSQL not reachable at " + PG_HOST + ":" + PG_PORT + " (" + e.getMessage()
                        + "); set CI=true to fail instead");
            }
        }

        private static String adminUrl() {
            return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres";
        }

        @Override
        public String name() {
            return "PostgreSQL";
        }

        @Override
        public String url() {
            return "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database;
        }

        @Override
        public String driver() {
            return "org.postgresql.Driver";
        }

        @Override
        public String username() {
            return PG_USER;
        }

        @Override
        public void close() {
            try (Connection admin = DriverManager.getConnection(adminUrl(), PG_USER, "")) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + database + ": " + e.getMessage());
            }
        }
    }
}
