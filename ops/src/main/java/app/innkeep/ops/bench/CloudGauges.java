package app.innkeep.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fleet bench reads off the cloud instances (CPU time and resident memory from /proc, the Java heap from
 * {@code jcmd GC.heap_info}) and off PostgreSQL (its own statistics views: connections, transactions, reads of the
 * event table).
 */
final class CloudGauges {

    /** Linux's clock tick for /proc times; 100 on every distribution this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private CloudGauges() {}

    /** CPU seconds (user + system) the process has used so far; 0 when /proc is not there. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command name: state is field 3, utime 14 and stime 15 (1-based over the whole line).
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Resident memory in MB; 0 when /proc is not there. */
    static double rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux
        }
        return 0;
    }

    /** Heap in use and its current size, in MB, as the JVM itself reports them ({@code jcmd PID GC.heap_info}). */
    static String heap(long pid) {
        try {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(pid),
                            "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            Matcher m = Pattern.compile("total (?:reserved )?(\\d+)K, (?:committed (\\d+)K, )?used (\\d+)K")
                    .matcher(out);
            if (m.find()) {
                long committed = m.group(2) != null ? Long.parseLong(m.group(2)) : Long.parseLong(m.group(1));
                return String.format("%.0f/%.0f MB", Long.parseLong(m.group(3)) / 1024.0, committed / 1024.0);
            }
            return "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    /** The database's counters at one moment. */
    record Database(long connections, long transactions, long rowsFetched, long eventTableReads) {}

    static Database database(Connection c, String name) throws SQLException {
        long connections = single(c, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?", name);
        long transactions =
                single(c, "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = ?", name);
        long fetched = single(c, "SELECT tup_fetched FROM pg_stat_database WHERE datname = ?", name);
        long eventReads = single(
                c,
                "SELECT COALESCE(seq_scan, 0) + COALESCE(idx_scan, 0) FROM pg_stat_user_tables WHERE relname = ?",
                "outbox_event");
        return new Database(connections, transactions, fetched, eventReads);
    }

    /**
     * CPU seconds used so far by the database's server processes (its connections: the clouds' pools), read from /proc
     * by their process IDs; PostgreSQL runs on this machine.
     */
    static double databaseCpuSeconds(Connection c, String name) throws SQLException {
        double total = 0;
        try (PreparedStatement ps =
                c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total += cpuSeconds(rs.getLong(1));
                }
            }
        }
        return total;
    }

    /** PostgreSQL's statistics are sent by each backend when it goes idle: a moment's wait and a fresh snapshot. */
    static void settle(Connection c) throws SQLException, InterruptedException {
        Thread.sleep(600);
        c.createStatement().execute("SELECT pg_stat_clear_snapshot()");
    }

    private static long single(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
