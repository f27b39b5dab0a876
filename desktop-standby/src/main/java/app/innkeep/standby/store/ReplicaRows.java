package app.innkeep.standby.store;

import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.FolioLineState;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The columns of the replica's two large tables and a cloud booking's or folio line's row in them: one shape for the
 * feed's apply (batched statements) and the snapshot's bulk load ({@link SnapshotTable}).
 */
public final class ReplicaRows {

    public static final List<String> BOOKING_COLUMNS = List.of(
            "CONFIRMATION",
            "STATUS",
            "GUEST_ID",
            "FIRST_NAME",
            "LAST_NAME",
            "SEARCH_NAME",
            "EMAIL",
            "PHONE",
            "SOURCE_CODE",
            "ROOM_TYPE",
            "ROOM_NUMBER",
            "ARRIVAL",
            "DEPARTURE",
            "ADULTS",
            "CHILDREN",
            "RATE",
            "CANCEL_REASON",
            "NOTES",
            "SEQUENCE_NO");

    public static final List<String> FOLIO_LINE_COLUMNS = List.of(
            "LINE_ID",
            "CONFIRMATION",
            "LINE_KIND",
            "CODE",
            "DESCRIPTION",
            "QUANTITY",
            "UNIT_PRICE",
            "AMOUNT",
            "BUSINESS_DATE",
            "CARD_LAST4",
            "REVERSES_LINE_ID",
            "SEQUENCE_NO");

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
        return new Object[] {
            b.confirmation(),
            b.status(),
            g.id(),
            g.firstName(),
            g.lastName(),
            searchName,
            g.email(),
            g.phone(),
            b.source(),
            b.roomType(),
            b.room(),
            b.arrival(),
            b.departure(),
            b.adults(),
            b.children(),
            b.rate(),
            b.cancelReason(),
            b.notes(),
            seq
        };
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

    private static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
}
