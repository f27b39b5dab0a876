package app.innkeep.standby.store;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** SQL on the standby's replica, inside the caller's transaction. Derby only, so no dialect concerns here. */
@Singleton
public class Replica {

    /** Maps one result-set row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public Replica(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new ReplicaFailure(sql, e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new ReplicaFailure(sql, e);
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

    static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            switch (p) {
                case null -> ps.setNull(index, ps.getParameterMetaData().getParameterType(index));
                case Instant instant -> ps.setTimestamp(index, Timestamp.from(instant));
                case LocalDate date -> ps.setDate(index, Date.valueOf(date));
                case BigDecimal decimal -> ps.setBigDecimal(index, decimal);
                default -> ps.setObject(index, p);
            }
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
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
