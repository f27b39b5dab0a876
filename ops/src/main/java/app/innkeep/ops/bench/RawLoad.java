package app.innkeep.ops.bench;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.DecodeResult;
import app.innkeep.model.event.EventCodec;
import app.innkeep.model.event.EventEnvelope;
import app.innkeep.model.event.FolioLineState;
import app.innkeep.model.event.PropertyEvent;
import app.innkeep.model.event.PropertyEvent.BookingEvent;
import app.innkeep.model.event.PropertyEvent.FolioEvent;
import app.innkeep.model.event.PropertyEvent.RoomStatusChanged;
import app.innkeep.ops.dist.Distribution;
import app.innkeep.ops.run.LargeReplica;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The baselines of the sync benchmark: what the encrypted replica itself can take, written the plainest fast way
 * (prepared once, batches of 1,000 rows per commit) into copies of the replica's own tables, without keys, in the
 * same database file the standby uses. Each copy is dropped again afterwards, untimed.
 *
 * <p>A standby is measured just started, its JIT cold; its baseline runs the same way, in a JVM of its own started for
 * the one load ({@link #inFreshJvm}), with the standby's heap. The database is opened and the rows prepared before the
 * clock starts, as the standby has its replica open and its feed page read before it writes.
 */
final class RawLoad {

    /**
     * {@code RawLoad events DATA-DIR INDEXED EVENTS-FILE} or {@code RawLoad bootstrap DATA-DIR INDEXED}: prints "nanos
     * rows".
     */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        boolean indexed = Boolean.parseBoolean(args[2]);
        Timed timed;
        try (Connection c = LargeReplica.open(data)) {
            if (args[0].equals("events")) {
                List<PropertyEvent> events = new ArrayList<>();
                for (String line : Files.readAllLines(Path.of(args[3]))) {
                    if (EventCodec.decode(line) instanceof DecodeResult.Decoded(EventEnvelope e)) {
                        events.add(e.event());
                    }
                }
                timed = eventRows(c, events, indexed);
            } else {
                timed = bootstrapRows(c, indexed);
            }
        } finally {
            LargeReplica.close(data);
        }
        System.out.println(timed.nanos() + " " + timed.rows());
    }

    /**
     * One of the loads in a JVM of its own ({@code -Xmx256m}, as the standby), on the replica of a stopped standby;
     * {@code events} is null for the bootstrap's rows.
     */
    static Timed inFreshJvm(Path data, List<PropertyEvent> events, boolean indexed)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Started as the standby is: its launcher's options and its heap.
        command.addAll(Distribution.STANDBY_JAVA_OPTIONS);
        command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path"), RawLoad.class.getName()));
        if (events == null) {
            command.addAll(List.of("bootstrap", data.toString(), String.valueOf(indexed)));
        } else {
            Path file = data.resolveSibling("raw-events.ndjson");
            List<String> lines = new ArrayList<>();
            long seq = 0;
            for (PropertyEvent e : events) {
                lines.add(EventCodec.encode(new EventEnvelope(
                        "RAW",
                        ++seq,
                        java.util.UUID.randomUUID(),
                        java.time.Instant.EPOCH,
                        java.time.LocalDate.EPOCH,
                        "bench",
                        EventCodec.SCHEMA_VERSION,
                        e)));
            }
            Files.write(file, lines);
            command.addAll(List.of("events", data.toString(), String.valueOf(indexed), file.toString()));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the raw load failed:\n" + out);
        }
        String[] last = out.substring(out.lastIndexOf('\n') + 1).split(" ");
        return new Timed(Long.parseLong(last[0]), Long.parseLong(last[1]));
    }

    static final int BATCH = 1000;
    private static final String[] BOOTSTRAP_TABLES = {"ROOM", "CLOUD_MASTER_DATA", "BOOKING", "FOLIO_LINE"};

    /** How long a load took and how many rows it wrote. */
    record Timed(long nanos, long rows) {}

    private RawLoad() {}

    /** One row per event (the booking as it now is, the folio line, the room status), the way the apply writes them. */
    static Timed eventRows(Connection c, List<PropertyEvent> events, boolean indexed) throws SQLException {
        c.setAutoCommit(false);
        copyShapes(c, indexed, "BOOKING", "FOLIO_LINE", "ROOM");
        long t0 = System.nanoTime();
        try (PreparedStatement booking = c.prepareStatement("INSERT INTO RAW_BOOKING (CONFIRMATION, STATUS, GUEST_ID,"
                        + " FIRST_NAME, LAST_NAME, SEARCH_NAME, EMAIL, PHONE, SOURCE_CODE, ROOM_TYPE, ROOM_NUMBER, ARRIVAL,"
                        + " DEPARTURE, ADULTS, CHILDREN, RATE, CANCEL_REASON, NOTES, SEQUENCE_NO)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement line = c.prepareStatement("INSERT INTO RAW_FOLIO_LINE (LINE_ID, CONFIRMATION,"
                        + " LINE_KIND, CODE, DESCRIPTION, QUANTITY, UNIT_PRICE, AMOUNT, BUSINESS_DATE, CARD_LAST4,"
                        + " REVERSES_LINE_ID, SEQUENCE_NO) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement room =
                        c.prepareStatement("INSERT INTO RAW_ROOM (ROOM_NUMBER, ROOM_TYPE, HOUSEKEEPING,"
                                + " OUT_OF_ORDER, ACTIVE, SEQUENCE_NO) VALUES (?, ?, ?, ?, TRUE, ?)")) {
            long seq = 0;
            for (PropertyEvent event : events) {
                seq++;
                switch (event) {
                    case BookingEvent e -> booking(booking, e.booking(), seq);
                    case FolioEvent e -> line(line, e.line(), seq);
                    case RoomStatusChanged r -> {
                        room.setString(1, r.room());
                        room.setString(2, r.roomType());
                        room.setString(3, r.housekeeping());
                        room.setBoolean(4, r.outOfOrder());
                        room.setLong(5, seq);
                        room.addBatch();
                    }
                    default -> throw new IllegalStateException("no raw row for " + event.type());
                }
                if (seq % BATCH == 0) {
                    flush(c, booking, line, room);
                }
            }
            flush(c, booking, line, room);
        }
        long nanos = System.nanoTime() - t0;
        drop(c, "BOOKING", "FOLIO_LINE", "ROOM");
        return new Timed(nanos, events.size());
    }

    /**
     * The rows the bootstrap wrote (rooms, the cloud's master data, bookings, folio lines), read into memory first and
     * then loaded again into copies of their tables: the time of the load alone.
     */
    static Timed bootstrapRows(Connection c, boolean indexed) throws SQLException {
        c.setAutoCommit(false);
        List<List<Object[]>> rows = new ArrayList<>();
        List<int[]> types = new ArrayList<>();
        for (String table : BOOTSTRAP_TABLES) {
            List<Object[]> all = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                int[] columnTypes = new int[meta.getColumnCount()];
                for (int i = 0; i < columnTypes.length; i++) {
                    columnTypes[i] = meta.getColumnType(i + 1);
                }
                types.add(columnTypes);
                while (rs.next()) {
                    Object[] row = new Object[columnTypes.length];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    all.add(row);
                }
            }
            rows.add(all);
        }
        c.commit();
        copyShapes(c, indexed, BOOTSTRAP_TABLES);
        long written = 0;
        long t0 = System.nanoTime();
        for (int t = 0; t < BOOTSTRAP_TABLES.length; t++) {
            int[] columnTypes = types.get(t);
            String marks = "?" + ", ?".repeat(columnTypes.length - 1);
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO RAW_" + BOOTSTRAP_TABLES[t] + " VALUES (" + marks + ")")) {
                int inBatch = 0;
                for (Object[] row : rows.get(t)) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            ps.setNull(i + 1, columnTypes[i]);
                        } else {
                            ps.setObject(i + 1, row[i]);
                        }
                    }
                    ps.addBatch();
                    written++;
                    if (++inBatch == BATCH) {
                        ps.executeBatch();
                        c.commit();
                        inBatch = 0;
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        long nanos = System.nanoTime() - t0;
        drop(c, BOOTSTRAP_TABLES);
        return new Timed(nanos, written);
    }

    private static void booking(PreparedStatement ps, BookingState b, long seq) throws SQLException {
        var g = b.guest();
        ps.setString(1, b.confirmation());
        ps.setString(2, b.status());
        ps.setLong(3, g.id());
        ps.setString(4, g.firstName());
        ps.setString(5, g.lastName());
        ps.setString(6, (g.lastName() + " " + g.firstName()).toUpperCase(Locale.ROOT));
        ps.setString(7, g.email());
        ps.setString(8, g.phone());
        ps.setString(9, b.source());
        ps.setString(10, b.roomType());
        ps.setString(11, b.room());
        ps.setDate(12, Date.valueOf(b.arrival()));
        ps.setDate(13, Date.valueOf(b.departure()));
        ps.setInt(14, b.adults());
        ps.setInt(15, b.children());
        ps.setBigDecimal(16, b.rate());
        ps.setString(17, b.cancelReason());
        ps.setString(18, b.notes());
        ps.setLong(19, seq);
        ps.addBatch();
    }

    private static void line(PreparedStatement ps, FolioLineState l, long seq) throws SQLException {
        ps.setLong(1, l.lineId());
        ps.setString(2, l.confirmation());
        ps.setString(3, l.kind());
        ps.setString(4, l.code());
        ps.setString(5, l.description());
        ps.setBigDecimal(6, l.quantity());
        ps.setBigDecimal(7, l.unitPrice());
        ps.setBigDecimal(8, l.amount());
        ps.setDate(9, Date.valueOf(l.businessDate()));
        ps.setString(10, l.cardLast4());
        if (l.reversesLineId() == null) {
            ps.setNull(11, java.sql.Types.BIGINT);
        } else {
            ps.setLong(11, l.reversesLineId());
        }
        ps.setLong(12, seq);
        ps.addBatch();
    }

    private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.executeBatch();
        }
        c.commit();
    }

    /**
     * Empty copies of the tables; {@code indexed}: with an index on the same columns as each of the table's own indexes
     * (its primary key's too, as a plain index: one row per event repeats a booking or a room).
     */
    private static void copyShapes(Connection c, boolean indexed, String... tables) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                st.execute("CREATE TABLE RAW_" + table + " AS SELECT * FROM " + table + " WITH NO DATA");
                if (indexed) {
                    int n = 0;
                    for (String columns : indexColumns(c, table)) {
                        st.execute(
                                "CREATE INDEX RAW_" + table + "_IX" + ++n + " ON RAW_" + table + " (" + columns + ")");
                    }
                }
            }
        }
        c.commit();
    }

    /** The columns of each index of {@code table}, from Derby's catalog ("BTREE (1, 3)" names column positions). */
    private static List<String> indexColumns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMNNAME FROM SYS.SYSCOLUMNS C JOIN SYS.SYSTABLES T"
                + " ON T.TABLEID = C.REFERENCEID WHERE T.TABLENAME = ? ORDER BY C.COLUMNNUMBER")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT G.DESCRIPTOR FROM SYS.SYSCONGLOMERATES G JOIN"
                + " SYS.SYSTABLES T ON T.TABLEID = G.TABLEID WHERE T.TABLENAME = ? AND G.ISINDEX")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String descriptor = rs.getString(1);
                    String positions = descriptor.substring(descriptor.indexOf('(') + 1, descriptor.indexOf(')'));
                    List<String> columns = new ArrayList<>();
                    for (String position : positions.split(",")) {
                        columns.add(names.get(Integer.parseInt(position.strip()) - 1));
                    }
                    String joined = String.join(", ", columns);
                    // A primary key and an index on the same columns share one conglomerate; name it once.
                    if (!indexes.contains(joined)) {
                        indexes.add(joined);
                    }
                }
            }
        }
        return indexes;
    }

    private static void drop(Connection c, String... tables) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                st.execute("DROP TABLE RAW_" + table);
            }
        }
        c.commit();
    }
}
