package app.innkeep.ops.bench;

import app.innkeep.ops.run.LargeReplica;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The standby's cursor and device credential, read from its replica while it is stopped. */
record Replicated(long cursor, String credential) {
    static Replicated read(Path data) throws SQLException {
        try (Connection c = LargeReplica.open(data);
                PreparedStatement ps =
                        c.prepareStatement("SELECT CURSOR_SEQ, CREDENTIAL FROM SYNC_STATE WHERE ID = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the standby is not paired");
            }
            return new Replicated(rs.getLong(1), rs.getString(2));
        } finally {
            LargeReplica.close(data);
        }
    }
}
