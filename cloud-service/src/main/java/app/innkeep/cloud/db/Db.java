package app.innkeep.cloud.db;

import app.innkeep.jdbc.Jdbc;
import app.innkeep.jdbc.Jdbc.NullBinding;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Hand-written SQL over the transaction-aware data source, in the subset Derby and PostgreSQL both speak (ADR 0003).
 * Callers run inside a transaction; the connection belongs to it and is not closed here.
 */
@Store
@Singleton
public class Db {

    /** Maps one result-set row. */
    @FunctionalInterface
    public interface RowMapper<T> extends Jdbc.RowMapper<T> {}

    private final DataSource dataSource;
    // The database does not change under a running service: asked once, at the first statement.
    private volatile NullBinding nulls;

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            return Jdbc.rows(ps.executeQuery(), mapper);
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
        return Jdbc.atMostOne(list(sql, mapper, params), sql);
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

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("no database connection", e);
        }
    }

    private void bind(PreparedStatement ps, Object[] params) throws SQLException {
        NullBinding binding = nulls;
        if (binding == null) {
            // PostgreSQL infers a NULL's type; Derby refuses Types.NULL and must be told the column's type.
            binding = isDerby() ? NullBinding.COLUMN_TYPE : NullBinding.UNTYPED;
            nulls = binding;
        }
        Jdbc.bind(ps, binding, params);
    }

    private static RuntimeException translate(SQLException e, String sql) {
        if (ConstraintViolated.isViolation(e)) {
            return new ConstraintViolated(e);
        }
        return new DataAccessFailure(sql, e);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return Jdbc.instant(rs, column);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return Jdbc.date(rs, column);
    }

    /** A constraint (unique, primary or foreign key, check) refused the change. */
    public static final class ConstraintViolated extends RuntimeException {
        public ConstraintViolated(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        /** SQLState class 23 is an integrity-constraint violation in both Derby and PostgreSQL. */
        static boolean isViolation(SQLException e) {
            return e.getSQLState() != null && e.getSQLState().startsWith("23");
        }
    }

    /** Any other database failure: unexpected, reported as a 500 with the cause logged. */
    public static final class DataAccessFailure extends RuntimeException {
        public DataAccessFailure(String sql, SQLException cause) {
            super("database error (" + cause.getSQLState() + ") running: " + sql, cause);
        }
    }
}
