package app.innkeep.cloud.db;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Hand-written SQL over the transaction-aware data source, in the subset Derby and PostgreSQL both speak (ADR 0003).
 * Callers run inside a transaction; the connection belongs to it and is not closed here.
 */
@Singleton
public class Db {

    /** Maps one result-set row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public Db(DataSource dataSource) {
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
            throw translate(e, sql);
        }
    }

    /** Handles one result-set row. */
    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet rs) throws Exception;
    }

    /**
     * Streams the rows to the handler without holding them all: PostgreSQL fetches them in batches of
     * {@code fetchSize} inside the transaction; Derby reads them from its cursor as they are asked for.
     */
    public void forEach(String sql, int fetchSize, RowHandler handler, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            ps.setFetchSize(fetchSize);
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } catch (SQLException e) {
            throw translate(e, sql);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("handling rows of: " + sql, e);
        }
    }

    /** True on embedded Derby, where snapshot consistency needs a lock instead of MVCC. */
    public boolean isDerby() {
        try {
            return connection().getMetaData().getDatabaseProductName().startsWith("Apache Derby");
        } catch (SQLException e) {
            throw new IllegalStateException("no database connection", e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + ": " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    /** Inserts one row and returns its generated identity; the identity must be the table's first column. */
    public long insert(String sql, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no generated key for: " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    /** Runs one statement for many parameter rows in a single batch. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw translate(e, sql);
        }
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("no database connection", e);
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            switch (p) {
                case null -> ps.setNull(index, nullType(ps, index));
                case Instant instant -> ps.setTimestamp(index, Timestamp.from(instant));
                case LocalDate date -> ps.setDate(index, Date.valueOf(date));
                case BigDecimal decimal -> ps.setBigDecimal(index, decimal);
                case Enum<?> e -> ps.setString(index, e.name());
                default -> ps.setObject(index, p);
            }
        }
    }

    /**
     * PostgreSQL infers the type of a NULL parameter; Derby refuses {@code Types.NULL} and must be told the column's
     * type, which its (local, cheap) parameter metadata knows.
     */
    private static int nullType(PreparedStatement ps, int index) throws SQLException {
        if (ps.getConnection().getMetaData().getDatabaseProductName().startsWith("Apache Derby")) {
            return ps.getParameterMetaData().getParameterType(index);
        }
        return Types.NULL;
    }

    private static RuntimeException translate(SQLException e, String sql) {
        // SQLState class 23 is an integrity-constraint violation in both Derby and PostgreSQL.
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
            return new ConstraintViolated(e);
        }
        return new DataAccessFailure(sql, e);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** A constraint (unique, primary or foreign key, check) refused the change. */
    public static final class ConstraintViolated extends RuntimeException {
        public ConstraintViolated(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Any other database failure: unexpected, reported as a 500 with the cause logged. */
    public static final class DataAccessFailure extends RuntimeException {
        public DataAccessFailure(String sql, SQLException cause) {
            super("database error (" + cause.getSQLState() + ") running: " + sql, cause);
        }
    }
}
