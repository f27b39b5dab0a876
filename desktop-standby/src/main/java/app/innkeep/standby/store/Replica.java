package app.innkeep.standby.store;

import app.innkeep.jdbc.Jdbc;
import app.innkeep.jdbc.Jdbc.NullBinding;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** SQL on the standby's replica, inside the caller's transaction. Derby only, so no dialect concerns here. */
@Store
@Singleton
public class Replica {

    /** Maps one result-set row. */
    @FunctionalInterface
    public interface RowMapper<T> extends Jdbc.RowMapper<T> {}

    private final DataSource dataSource;

    public Replica(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs one query in the caller's transaction; its statement is closed before this returns. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (ReplicaBatch single = batch()) {
            return single.list(sql, mapper, params);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        return Jdbc.atMostOne(list(sql, mapper, params), sql);
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /** Runs one write in the caller's transaction; returns the rows it changed. */
    public int update(String sql, Object... params) {
        try (ReplicaBatch single = batch()) {
            return single.update(sql, params);
        }
    }

    /**
     * Updates the row with this key if it is there, inserts it otherwise (the standby has a single writer, the sync).
     * Both statements are built from the same columns; {@code insertOnly} are defaults for a new row that an update
     * leaves alone.
     */
    public void upsert(
            String table, Map<String, Object> key, Map<String, Object> values, Map<String, Object> insertOnly) {
        try (ReplicaBatch batch = batch()) {
            batch.upsert(table, key, values, insertOnly);
        }
    }

    public void upsert(String table, Map<String, Object> key, Map<String, Object> values) {
        upsert(table, key, values, Map.of());
    }

    /** Column names and values in order, nulls allowed (unlike {@code Map.of}). */
    public static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /** Statements prepared once and writes batched, in the caller's transaction; close it before the transaction ends. */
    public ReplicaBatch batch() {
        return new ReplicaBatch(connection());
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new ReplicaFailure("connect", e);
        }
    }

    /** Derby (the replica is nothing else) must be told a NULL parameter's column type. */
    static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        Jdbc.bind(ps, NullBinding.COLUMN_TYPE, params);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return Jdbc.instant(rs, column);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return Jdbc.date(rs, column);
    }

    /**
     * The replica refused or failed a statement. Derby's "disk full" and I/O errors land here too, and the sync
     * stops with the message rather than applying part of a page.
     */
    public static final class ReplicaFailure extends RuntimeException {
        public ReplicaFailure(String sql, SQLException cause) {
            super(describe(cause) + " (" + sql + ")", cause);
        }

        private static String describe(SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("XSDG")
                    || state.startsWith("XSLA")
                    || String.valueOf(e.getMessage()).contains("No space left")) {
                return "the replica's disk is full or failing: " + e.getMessage();
            }
            return "replica database error " + state + ": " + e.getMessage();
        }
    }
}
