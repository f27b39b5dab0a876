package app.innkeep.standby.store;

import app.innkeep.jdbc.Jdbc;
import app.innkeep.standby.store.Replica.ReplicaFailure;
import app.innkeep.standby.store.Replica.RowMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements on the replica inside the caller's transaction, each SQL text prepared once and reused, and writes
 * queued as JDBC batches: what a feed page or a snapshot needs to write thousands of rows at Derby's batched rate
 * rather than one prepared-and-closed statement per row. Queued writes reach the database at {@link #flush()} (and
 * at {@link #close()}, which also closes the statements); reads see only what was flushed.
 */
@Store
public final class ReplicaBatch implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    // In the order first queued, so rows reach the tables in a fixed, predictable order.
    private final Map<String, PreparedStatement> queued = new LinkedHashMap<>();

    ReplicaBatch(Connection connection) {
        this.connection = connection;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try {
            PreparedStatement ps = statement(sql);
            Replica.bind(ps, params);
            return Jdbc.rows(ps.executeQuery(), mapper);
        } catch (SQLException e) {
            throw new ReplicaFailure(sql, e);
        }
    }

    /** Runs a write now (not queued); returns the rows it changed. */
    public int update(String sql, Object... params) {
        try {
            PreparedStatement ps = statement(sql);
            Replica.bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new ReplicaFailure(sql, e);
        }
    }

    /**
     * Updates the row with this key if it is there, inserts it otherwise, now (the standby has a single writer, the
     * sync). Both statements are built from the same columns; {@code insertOnly} are defaults for a new row that an
     * update leaves alone.
     */
    public void upsert(
            String table, Map<String, Object> key, Map<String, Object> values, Map<String, Object> insertOnly) {
        List<Object> params = new ArrayList<>(values.values());
        params.addAll(key.values());
        String update = "UPDATE " + table + " SET " + String.join(" = ?, ", values.keySet()) + " = ? WHERE "
                + String.join(" = ? AND ", key.keySet()) + " = ?";
        if (update(update, params.toArray()) > 0) {
            return;
        }
        Map<String, Object> row = new LinkedHashMap<>(key);
        row.putAll(values);
        row.putAll(insertOnly);
        update(
                "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(row.size(), "?")) + ")",
                row.values().toArray());
    }

    public void upsert(String table, Map<String, Object> key, Map<String, Object> values) {
        upsert(table, key, values, Map.of());
    }

    /** Queues a write for the next {@link #flush()}. */
    public void queue(String sql, Object... params) {
        try {
            PreparedStatement ps = statement(sql);
            Replica.bind(ps, params);
            ps.addBatch();
            queued.putIfAbsent(sql, ps);
        } catch (SQLException e) {
            throw new ReplicaFailure(sql, e);
        }
    }

    /**
     * Sends the writes queued for this one statement now and returns their counts, in the order queued (the other
     * queued statements wait for {@link #flush()}).
     */
    public int[] execute(String sql) {
        PreparedStatement ps = queued.remove(sql);
        if (ps == null) {
            return new int[0];
        }
        try {
            return ps.executeBatch();
        } catch (SQLException ex) {
            throw new ReplicaFailure(sql, ex.getNextException() == null ? ex : ex.getNextException());
        }
    }

    /** Sends every queued write to the database. */
    public void flush() {
        for (var e : queued.entrySet()) {
            try {
                e.getValue().executeBatch();
            } catch (SQLException ex) {
                throw new ReplicaFailure(e.getKey(), ex.getNextException() == null ? ex : ex.getNextException());
            }
        }
        queued.clear();
    }

    /** Flushes what is queued and closes the statements. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            for (PreparedStatement ps : prepared.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // Closing cannot lose data: the writes were flushed or the transaction is failing anyway.
                }
            }
            prepared.clear();
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }
}
