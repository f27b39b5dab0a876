package app.innkeep.ops.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;

/** The standby's own record of its last sync run. */
record RunRecord(String result, long nanos, int applied, int held, String message) {
    static RunRecord last(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT RESULT, STARTED_AT, FINISHED_AT, EVENTS_APPLIED,"
                        + " EVENTS_HELD, MESSAGE FROM SYNC_RUN ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the standby recorded no sync run");
            }
            Timestamp started = rs.getTimestamp(2);
            Timestamp finished = rs.getTimestamp(3);
            long nanos = finished == null
                    ? 0
                    : Duration.between(started.toInstant(), finished.toInstant())
                            .toNanos();
            return new RunRecord(rs.getString(1), nanos, rs.getInt(4), rs.getInt(5), rs.getString(6));
        }
    }
}
