package app.innkeep.ops.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A PostgreSQL database of its own for one bench run, created beside {@code server}'s and dropped at the end. */
record ScratchDatabase(String server, String user, String name) {

    static ScratchDatabase create(String server, String user) throws SQLException {
        return create(server, user, "innkeep_bench_sync_");
    }

    static ScratchDatabase create(String server, String user, String prefix) throws SQLException {
        String name = prefix + Long.toString(System.nanoTime(), 36);
        try (Connection admin = DriverManager.getConnection(server, user, "")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(server, user, name);
    }

    String url() {
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    void drop() throws SQLException {
        try (Connection admin = DriverManager.getConnection(server, user, "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name);
        }
    }
}
