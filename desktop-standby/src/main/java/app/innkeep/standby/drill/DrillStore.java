package app.innkeep.standby.drill;

import app.innkeep.standby.store.Replica;
import app.innkeep.standby.store.Replica.ReplicaFailure;
import app.innkeep.standby.store.ReplicaFingerprint.TableSum;
import app.innkeep.standby.store.ReplicaRoute;
import app.innkeep.standby.store.Store;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drills' records, always in the real replica even while the desk works on a drill's copy: each call is its own
 * short transaction on a connection of the replica's pool (not the app's routed one).
 */
@Store
@Singleton
public class DrillStore {

    private static final String DRILL_COLUMNS =
            "ID, STATE, STARTED_AT, STARTED_BY, REASON, ENDED_AT, ENDED_BY, NOTE FROM DRILL";

    /** Tables the comparison leaves out: these, which the drill writes itself, and login sessions. */
    public static final java.util.Set<String> NOT_COMPARED =
            java.util.Set.of("DRILL", "DRILL_STEP", "DRILL_TABLE", "STAFF_SESSION");

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final ReplicaRoute route;

    /** {@code dataSource} is the app's (routed) one, taken so that the replica's pool exists before this is used. */
    public DrillStore(ReplicaRoute route, javax.sql.DataSource dataSource) {
        this.route = route;
    }

    public Optional<Drill> running() {
        return one("SELECT " + DRILL_COLUMNS + " WHERE STATE = 'RUNNING' ORDER BY ID DESC");
    }

    public Optional<Drill> byId(long id) {
        return one("SELECT " + DRILL_COLUMNS + " WHERE ID = ?", id);
    }

    public Optional<Drill> byStartEntry(String entryId) {
        return one("SELECT " + DRILL_COLUMNS + " WHERE START_ENTRY_ID = ?", entryId);
    }

    public Optional<Drill> byEndEntry(String entryId) {
        return one("SELECT " + DRILL_COLUMNS + " WHERE END_ENTRY_ID = ?", entryId);
    }

    /** The last 20 drills, newest first. */
    public List<Drill> recent() {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + DRILL_COLUMNS + " ORDER BY ID DESC OFFSET 0 ROWS FETCH NEXT 20 ROWS ONLY")) {
                return drills(ps);
            }
        });
    }

    public long start(String entryId, Instant at, String username, String reason) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO DRILL (START_ENTRY_ID, STATE, STARTED_AT, STARTED_BY, REASON)"
                            + " VALUES (?, 'RUNNING', ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, entryId);
                ps.setTimestamp(2, Timestamp.from(at));
                ps.setString(3, username);
                ps.setString(4, reason);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public void tablesBefore(long drillId, Map<String, TableSum> sums) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO DRILL_TABLE (DRILL_ID, TABLE_NAME, ROWS_BEFORE, SUM_BEFORE) VALUES (?, ?, ?, ?)")) {
                for (var e : sums.entrySet()) {
                    ps.setLong(1, drillId);
                    ps.setString(2, e.getKey());
                    ps.setLong(3, e.getValue().rows());
                    ps.setString(4, e.getValue().checksum());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Closes a drill with its steps and the comparison after it, all or nothing. */
    public void finish(
            long drillId,
            String endEntryId,
            DrillState state,
            Instant at,
            String username,
            String note,
            List<DrillStep> steps,
            Map<String, TableSum> after) {
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE DRILL SET STATE = ?, END_ENTRY_ID = ?, ENDED_AT = ?,"
                    + " ENDED_BY = ?, NOTE = ? WHERE ID = ? AND STATE = 'RUNNING'")) {
                ps.setString(1, state.name());
                if (endEntryId == null) {
                    ps.setNull(2, Types.CHAR);
                } else {
                    ps.setString(2, endEntryId);
                }
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setString(4, username);
                ps.setString(5, note);
                ps.setLong(6, drillId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("drill " + drillId + " is not running", "DRILL");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO DRILL_STEP (DRILL_ID, POSITION, KIND, TAKEN_AT, ELAPSED_SECONDS, USERNAME,"
                            + " ACTION_NAME, DETAIL) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (DrillStep s : steps) {
                    ps.setLong(1, drillId);
                    ps.setInt(2, s.position());
                    ps.setString(3, s.kind().name());
                    ps.setTimestamp(4, Timestamp.from(s.takenAt()));
                    ps.setLong(5, s.elapsed().toSeconds());
                    ps.setString(6, cut(s.username(), 40));
                    ps.setString(7, cut(s.action(), 40));
                    ps.setString(8, cut(s.detail(), 1000));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE DRILL_TABLE SET ROWS_AFTER = ?, SUM_AFTER = ? WHERE DRILL_ID = ? AND TABLE_NAME = ?");
                    PreparedStatement add = c.prepareStatement("INSERT INTO DRILL_TABLE (DRILL_ID, TABLE_NAME,"
                            + " ROWS_BEFORE, SUM_BEFORE, ROWS_AFTER, SUM_AFTER) VALUES (?, ?, -1, '-', ?, ?)")) {
                for (var e : after.entrySet()) {
                    ps.setLong(1, e.getValue().rows());
                    ps.setString(2, e.getValue().checksum());
                    ps.setLong(3, drillId);
                    ps.setString(4, e.getKey());
                    if (ps.executeUpdate() == 0) {
                        // A table that was not there before the drill: a difference the report names.
                        add.setLong(1, drillId);
                        add.setString(2, e.getKey());
                        add.setLong(3, e.getValue().rows());
                        add.setString(4, e.getValue().checksum());
                        add.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    public List<DrillStep> steps(long drillId) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT POSITION, KIND, TAKEN_AT, ELAPSED_SECONDS, USERNAME, ACTION_NAME, DETAIL FROM DRILL_STEP"
                            + " WHERE DRILL_ID = ? ORDER BY POSITION")) {
                ps.setLong(1, drillId);
                List<DrillStep> steps = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        steps.add(new DrillStep(
                                rs.getInt("POSITION"),
                                DrillStep.Kind.valueOf(rs.getString("KIND").strip()),
                                Replica.instant(rs, "TAKEN_AT"),
                                Duration.ofSeconds(rs.getLong("ELAPSED_SECONDS")),
                                rs.getString("USERNAME"),
                                rs.getString("ACTION_NAME"),
                                rs.getString("DETAIL")));
                    }
                }
                return steps;
            }
        });
    }

    public List<TableCheck> tables(long drillId) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT TABLE_NAME, ROWS_BEFORE, SUM_BEFORE, ROWS_AFTER, SUM_AFTER FROM DRILL_TABLE"
                            + " WHERE DRILL_ID = ? ORDER BY TABLE_NAME")) {
                ps.setLong(1, drillId);
                List<TableCheck> tables = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long after = rs.getLong("ROWS_AFTER");
                        tables.add(new TableCheck(
                                rs.getString("TABLE_NAME"),
                                rs.getLong("ROWS_BEFORE"),
                                rs.getString("SUM_BEFORE").strip(),
                                rs.wasNull() ? null : after,
                                rs.getString("SUM_AFTER") == null
                                        ? null
                                        : rs.getString("SUM_AFTER").strip()));
                    }
                }
                return tables;
            }
        });
    }

    private Optional<Drill> one(String sql, Object param) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, param);
                return drills(ps).stream().findFirst();
            }
        });
    }

    private Optional<Drill> one(String sql) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return drills(ps).stream().findFirst();
            }
        });
    }

    private static List<Drill> drills(PreparedStatement ps) throws SQLException {
        List<Drill> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(new Drill(
                        rs.getLong("ID"),
                        DrillState.valueOf(rs.getString("STATE").strip()),
                        Replica.instant(rs, "STARTED_AT"),
                        rs.getString("STARTED_BY"),
                        rs.getString("REASON"),
                        Replica.instant(rs, "ENDED_AT"),
                        rs.getString("ENDED_BY"),
                        rs.getString("NOTE")));
            }
        }
        return found;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = route.replica().getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ReplicaFailure("the drill's records", e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
