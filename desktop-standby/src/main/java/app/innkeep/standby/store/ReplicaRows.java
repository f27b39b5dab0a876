package app.innkeep.standby.store;

import app.innkeep.jdbc.BookingColumns;
import app.innkeep.jdbc.FolioLineColumns;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.FolioLineState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The columns of the replica's two large tables and a cloud booking's or folio line's row in them: one shape for the
 * feed's apply (batched statements) and the snapshot's bulk load ({@link SnapshotTable}).
 */
public final class ReplicaRows {

    public static final List<String> BOOKING_COLUMNS = columns(
            List.of("CONFIRMATION", "STATUS", "GUEST_ID", "FIRST_NAME", "LAST_NAME", "SEARCH_NAME", "EMAIL", "PHONE"),
            BookingColumns.STAY,
            List.of("SEQUENCE_NO"));

    public static final List<String> FOLIO_LINE_COLUMNS = columns(
            List.of("LINE_ID", "CONFIRMATION"), FolioLineColumns.POSTING, List.of("REVERSES_LINE_ID", "SEQUENCE_NO"));

    public static final String BOOKING_INSERT = insert("BOOKING", BOOKING_COLUMNS);
    public static final String BOOKING_UPDATE = "UPDATE BOOKING SET "
            + String.join(" = ?, ", BOOKING_COLUMNS.subList(1, BOOKING_COLUMNS.size())) + " = ? WHERE CONFIRMATION = ?";
    public static final String FOLIO_LINE_INSERT = insert("FOLIO_LINE", FOLIO_LINE_COLUMNS);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReplicaRows() {}

    /** A booking's row in the order of {@link #BOOKING_COLUMNS}. */
    public static Object[] booking(BookingState b, long seq) {
        var g = b.guest();
        String searchName = SPACES.matcher((g.lastName() + " " + g.firstName()).strip())
                .replaceAll(" ")
                .toUpperCase(Locale.ROOT);
        Object[] row = new Object[BOOKING_COLUMNS.size()];
        row[0] = b.confirmation();
        row[1] = b.status();
        row[2] = g.id();
        row[3] = g.firstName();
        row[4] = g.lastName();
        row[5] = searchName;
        row[6] = g.email();
        row[7] = g.phone();
        int at = BookingColumns.putStay(row, 8, b);
        row[at] = seq;
        return row;
    }

    /** A folio line's row in the order of {@link #FOLIO_LINE_COLUMNS}. */
    public static Object[] folioLine(FolioLineState l, long seq) {
        return new Object[] {
            l.lineId(),
            l.confirmation(),
            l.kind(),
            l.code(),
            l.description(),
            l.quantity(),
            l.unitPrice(),
            l.amount(),
            l.businessDate(),
            l.cardLast4(),
            l.reversesLineId(),
            seq
        };
    }

    private static List<String> columns(List<String> first, List<String> shared, List<String> last) {
        List<String> all = new ArrayList<>(first);
        all.addAll(shared);
        all.addAll(last);
        return List.copyOf(all);
    }

    private static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
}
