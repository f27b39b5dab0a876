package app.innkeep.standby.store;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every table of a database, each as its row count and a checksum of its rows' contents (independent of row order):
 * two fingerprints are equal only if the tables hold the same rows. The fire drill proves with it that the replica is
 * exactly as before (ADR 0019).
 */
@Store
@Singleton
public class ReplicaFingerprint {

    /** One table: how many rows, and the checksum of their contents. */
    public record TableSum(long rows, String checksum) {}

    /** Reads every table of the app's schema in {@code database} but {@code skipped}, in one read-only transaction. */
    public Map<String, TableSum> of(DataSource database, Set<String> skipped) {
        try (Connection c = database.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Map<String, TableSum> sums = new TreeMap<>();
                for (String table : tables(c)) {
                    if (!skipped.contains(table)) {
                        sums.put(table, sum(c, table));
                    }
                }
                c.commit();
                return sums;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new Replica.ReplicaFailure("fingerprint of the replica", e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s"
                        + " ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T' AND s.SCHEMANAME = CURRENT SCHEMA");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static TableSum sum(Connection c, String table) throws SQLException {
        MessageDigest sha = sha256();
        long rows = 0;
        long total = 0;
        long mixed = 0;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    sha.update(bytes(rs.getObject(i)));
                    sha.update((byte) 0x1F);
                }
                long h = ByteBuffer.wrap(sha.digest()).getLong();
                // A sum and a sum of squares of the rows' hashes: the same rows in any order give the same pair.
                total += h;
                mixed += h * (h | 1);
                rows++;
            }
        }
        return new TableSum(
                rows, HexFormat.of().toHexDigits(total) + HexFormat.of().toHexDigits(mixed));
    }

    private static byte[] bytes(Object value) throws SQLException {
        if (value == null) {
            return new byte[] {0};
        }
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length()).getBytes(StandardCharsets.UTF_8);
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
