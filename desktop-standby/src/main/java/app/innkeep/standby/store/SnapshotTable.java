package app.innkeep.standby.store;

import app.innkeep.model.json.JsonException;
import app.innkeep.model.snapshot.SnapshotCodec;
import app.innkeep.model.snapshot.SnapshotLine;
import java.math.BigDecimal;
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
 * A snapshot's bookings or folio lines as a Derby table function ({@code SNAPSHOT_BOOKINGS},
 * {@code SNAPSHOT_FOLIO_LINES}, declared in migration V6 under this class's name: renaming it needs a migration). The
 * bootstrap writes each of the two large tables with one {@code INSERT ... SELECT} from it, which Derby runs as a bulk
 * load when the table is empty (DERBY-4789): a new table written page by page and its indexes built by sorting, inside
 * the caller's transaction (a rollback or a crash leaves the old table), instead of a logged insert and an index update
 * per row. The rows are the lines of the section that come next in the {@link SnapshotLines} the caller reads ({@link
 * #whileLoading}), taken one at a time up to the first line of another section, which is left there: memory stays
 * bounded whatever the hotel's size, and the lines may be arriving from the cloud meanwhile. The functions' first
 * argument (named for the file they once read) only names the source in messages.
 */
@Store
public final class SnapshotTable extends VTITemplate {

    private static final ThreadLocal<LongConsumer> LISTENER = new ThreadLocal<>();
    private static final ThreadLocal<SnapshotLines> LINES = new ThreadLocal<>();

    /** A line of the section that cannot be read: the INSERT fails, and the transaction with it. */
    public static final class UnreadableLine extends SQLException {
        UnreadableLine(String message) {
            super(message, "38000");
        }

        /** The unreadable line behind a failed statement, if that is why it failed. */
        public static Optional<UnreadableLine> in(Throwable failure) {
            return causeOf(failure, UnreadableLine.class);
        }
    }

    /**
     * The first {@code type} among the causes of {@code failure}, following Derby's chained SQL exceptions too: a
     * failure inside a table function reaches the caller wrapped, and sometimes only as a next exception.
     */
    static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != t) {
                Optional<T> next = causeOf(sql.getNextException(), type);
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }

    private final SnapshotLines lines;
    private final String source;
    private final String marker;
    private final Function<SnapshotLine, Object[]> row;
    private final LongConsumer listener;
    private Object[] current;
    private boolean lastNull;
    private long rows;

    private SnapshotTable(String source, String section, Function<SnapshotLine, Object[]> row) throws SQLException {
        this.lines = LINES.get();
        if (lines == null) {
            throw new SQLException(
                    "the snapshot's " + section + " lines are read only while a snapshot is written", "38000");
        }
        this.source = source;
        this.marker = "\"section\":\"" + section + "\"";
        this.row = row;
        LongConsumer l = LISTENER.get();
        this.listener = l == null ? n -> {} : l;
    }

    /** Table function {@code SNAPSHOT_BOOKINGS}: the snapshot's bookings as rows of {@code BOOKING}. */
    public static ResultSet bookings(String file, long sequence) throws SQLException {
        return new SnapshotTable(file, "booking", line -> {
            if (!(line instanceof SnapshotLine.Booking b)) {
                return null;
            }
            KnownValues.require(KnownValues.bookingStatus(b.booking().status()));
            return ReplicaRows.booking(b.booking(), sequence);
        });
    }

    /** Table function {@code SNAPSHOT_FOLIO_LINES}: the snapshot's folio lines as rows of {@code FOLIO_LINE}. */
    public static ResultSet folioLines(String file, long sequence) throws SQLException {
        return new SnapshotTable(file, "folioLine", line -> {
            if (!(line instanceof SnapshotLine.FolioLine l)) {
                return null;
            }
            KnownValues.require(KnownValues.lineKind(l.line().kind()));
            return ReplicaRows.folioLine(l.line(), sequence);
        });
    }

    /**
     * Runs {@code work} (the INSERT that reads one of the table functions) on the section that comes next in {@code
     * lines}, with {@code onRow} told the number of rows read so far after every row: Derby calls the function on the
     * thread that runs the statement.
     */
    public static <T> T whileLoading(SnapshotLines lines, LongConsumer onRow, Supplier<T> work) {
        LINES.set(lines);
        LISTENER.set(onRow);
        try {
            return work.get();
        } finally {
            LISTENER.remove();
            LINES.remove();
        }
    }

    @Override
    public boolean next() throws SQLException {
        String text;
        try {
            text = lines.peek();
            // The section ends at the first line of another; the marker cannot occur inside a JSON string value, where
            // every quote is escaped.
            if (text == null || !text.contains(marker)) {
                current = null;
                return false;
            }
            lines.take();
        } catch (SnapshotLines.Broken e) {
            throw new SQLException(e.getMessage(), "38000", e);
        }
        Object[] values;
        try {
            values = row.apply(SnapshotCodec.decode(text));
        } catch (JsonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new UnreadableLine(
                    "the snapshot has an unreadable line (" + lines.taken() + " of " + source + "): " + e.getMessage());
        }
        if (values == null) {
            throw new UnreadableLine("the snapshot's line " + lines.taken() + " is not of its section");
        }
        current = values;
        listener.accept(++rows);
        return true;
    }

    @Override
    public void close() {
        // The lines are the caller's: what follows the section is read from them next.
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
