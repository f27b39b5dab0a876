package app.innkeep.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the cloud's {@code Db} and the standby's {@code Replica} do alike, written once so the two cannot drift: how
 * parameters are bound (times as JDBC timestamps and dates, enums by name), how rows are read, that a query for one
 * row finding two is an error, and how NULL times read back.
 */
public final class Jdbc {

    /** Maps one result-set row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** How a NULL parameter learns its SQL type. */
    public enum NullBinding {
        /** Derby refuses {@code Types.NULL} and must be told the column's type; its parameter metadata is local. */
        COLUMN_TYPE,
        /** PostgreSQL infers it (asking its parameter metadata would cost a round trip). */
        UNTYPED
    }

    private Jdbc() {}

    public static void bind(PreparedStatement ps, NullBinding nulls, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            switch (p) {
                case null ->
                    ps.setNull(
                            index,
                            nulls == NullBinding.COLUMN_TYPE
                                    ? ps.getParameterMetaData().getParameterType(index)
                                    : Types.NULL);
                case Instant instant -> ps.setTimestamp(index, Timestamp.from(instant));
                case LocalDate date -> ps.setDate(index, Date.valueOf(date));
                case BigDecimal decimal -> ps.setBigDecimal(index, decimal);
                case Enum<?> e -> ps.setString(index, e.name());
                default -> ps.setObject(index, p);
            }
        }
    }

    /** Every row of the result, mapped; the result set is closed. */
    public static <T> List<T> rows(ResultSet rs, RowMapper<T> mapper) throws SQLException {
        try (rs) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    /** The one row a query found, if any: a second row is a mistake in the query, never a choice to make here. */
    public static <T> Optional<T> atMostOne(List<T> rows, String sql) {
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + rows.size() + ": " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
