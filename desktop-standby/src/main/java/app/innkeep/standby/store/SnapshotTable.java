package app.innkeep.standby.store;

import app.innkeep.model.json.JsonException;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.derby.vti.VTITemplate;

/**
 * A downloaded snapshot's bookings or folio lines as a Derby table function ({@code SNAPSHOT_BOOKINGS},
 * {@code SNAPSHOT_FOLIO_LINES}, declared in migration V6 under this class's name: renaming it needs a migration). The
 * bootstrap writes each of the two large tables with one {@code INSERT ... SELECT} from it, which Derby runs as a bulk
 * load when the table is empty (DERBY-4789): a new table written page by page and its indexes built by sorting, inside
 * the caller's transaction (a rollback or a crash leaves the old table), instead of a logged insert and an index update
 * per row. Lines are read from the file one at a time, so memory stays bounded whatever the hotel's size.
 */
@Store
public final class SnapshotTable extends VTITemplate {

    private static final ThreadLocal<LongConsumer> LISTENER = new ThreadLocal<>();

    /** A line of the section that cannot be read: the INSERT fails, and the transaction with it. */
    public static final class UnreadableLine extends SQLException {
        UnreadableLine(String message) {
            super(message, "38000");
        }

        /** The unreadable line behind a failed statement, if that is why it failed. */
        public static Optional<UnreadableLine> in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof UnreadableLine u) {
                    return Optional.of(u);
                }
                if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != t) {
                    Optional<UnreadableLine> next = in(sql.getNextException());
                    if (next.isPresent()) {
                        return next;
                    }
                }
            }
            return Optional.empty();
        }
    }

    private final BufferedReader in;
    private final String marker;
    private final Function<SnapshotLine, Object[]> row;
    private final LongConsumer listener;
    private Object[] current;
    private boolean lastNull;
    private long rows;
    private long lineNumber;

    private SnapshotTable(Path file, String section, Function<SnapshotLine, Object[]> row) throws SQLException {
        try {
            this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read the downloaded snapshot: " + e.getMessage(), "38000", e);
        }
        this.marker = "\"section\":\"" + section + "\"";
        this.row = row;
        LongConsumer l = LISTENER.get();
        this.listener = l == null ? n -> {} : l;
    }

    /** Table function {@code SNAPSHOT_BOOKINGS}: the snapshot's bookings as rows of {@code BOOKING}. */
    public static ResultSet bookings(String file, long sequence) throws SQLException {
        return new SnapshotTable(Path.of(file), "booking", line -> {
            if (!(line instanceof SnapshotLine.Booking b)) {
                return null;
            }
            KnownValues.require(KnownValues.bookingStatus(b.booking().status()));
            return ReplicaRows.booking(b.booking(), sequence);
        });
    }

    /** Table function {@code SNAPSHOT_FOLIO_LINES}: the snapshot's folio lines as rows of {@code FOLIO_LINE}. */
    public static ResultSet folioLines(String file, long sequence) throws SQLException {
        return new SnapshotTable(Path.of(file), "folioLine", line -> {
            if (!(line instanceof SnapshotLine.FolioLine l)) {
                return null;
            }
            KnownValues.require(KnownValues.lineKind(l.line().kind()));
            return ReplicaRows.folioLine(l.line(), sequence);
        });
    }

    /**
     * Runs {@code work} (the INSERT that reads one of the table functions) with {@code onRow} told the number of rows
     * read so far after every row: Derby calls the function on the thread that runs the statement.
     */
    public static <T> T whileLoading(LongConsumer onRow, Supplier<T> work) {
        LISTENER.set(onRow);
        try {
            return work.get();
        } finally {
            LISTENER.remove();
        }
    }

    @Override
    public boolean next() throws SQLException {
        try {
            String text;
            while ((text = in.readLine()) != null) {
                lineNumber++;
                // Only lines of the section are decoded; the marker cannot occur inside a JSON string value, where
                // every quote is escaped.
                if (!text.contains(marker)) {
                    continue;
                }
                Object[] values;
                try {
                    values = row.apply(SnapshotCodec.decode(text));
                } catch (JsonException | IllegalArgumentException | java.time.DateTimeException e) {
                    throw new UnreadableLine(
                            "the snapshot has an unreadable line (" + lineNumber + "): " + e.getMessage());
                }
                if (values == null) {
                    throw new UnreadableLine("the snapshot's line " + lineNumber + " is not of its section");
                }
                current = values;
                listener.accept(++rows);
                return true;
            }
            current = null;
            return false;
        } catch (IOException e) {
            throw new SQLException("cannot read the downloaded snapshot: " + e.getMessage(), "38000", e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            in.close();
        } catch (IOException e) {
            throw new SQLException("cannot close the downloaded snapshot: " + e.getMessage(), "38000", e);
        }
    }

    private Object value(int column) {
        Object v = current[column - 1];
        lastNull = v == null;
        return v;
    }

    @Override
    public boolean wasNull() {
        return lastNull;
    }

    @Override
    public String getString(int column) {
        Object v = value(column);
        return v == null ? null : v.toString();
    }

    @Override
    public long getLong(int column) {
        return value(column) instanceof Number n ? n.longValue() : 0L;
    }

    @Override
    public int getInt(int column) {
        return value(column) instanceof Number n ? n.intValue() : 0;
    }

    @Override
    public BigDecimal getBigDecimal(int column) {
        return value(column) instanceof BigDecimal d ? d : null;
    }

    @Override
    public Date getDate(int column) {
        return value(column) instanceof LocalDate d ? Date.valueOf(d) : null;
    }

    @Override
    public boolean getBoolean(int column) {
        return value(column) instanceof Boolean b && b;
    }
}
