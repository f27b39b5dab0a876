package app.innkeep.jdbc;

import app.innkeep.model.LineKind;
import app.innkeep.model.Posting;
import app.innkeep.model.event.FolioLineState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A folio line's columns, named alike in the cloud's {@code FOLIO_LINE}, the standby's replica of it and the desk's
 * view: read into the shared model and bound in one order, here only.
 */
public final class FolioLineColumns {

    /** The columns of what a line posts, in the order {@link #putPosting} binds them. */
    public static final List<String> POSTING = List.of(
            "LINE_KIND", "CODE", "DESCRIPTION", "QUANTITY", "UNIT_PRICE", "AMOUNT", "BUSINESS_DATE", "CARD_LAST4");

    private FolioLineColumns() {}

    /** What the row's line posts. */
    public static Posting posting(ResultSet rs) throws SQLException {
        return new Posting(
                LineKind.valueOf(rs.getString("LINE_KIND").strip()),
                rs.getString("CODE"),
                rs.getString("DESCRIPTION"),
                rs.getBigDecimal("QUANTITY"),
                rs.getBigDecimal("UNIT_PRICE"),
                rs.getBigDecimal("AMOUNT"),
                Jdbc.date(rs, "BUSINESS_DATE"),
                rs.getString("CARD_LAST4"));
    }

    /** The line the row's line voids or refunds, or null. */
    public static Long reversesLineId(ResultSet rs) throws SQLException {
        long reverses = rs.getLong("REVERSES_LINE_ID");
        return rs.wasNull() ? null : reverses;
    }

    /** The row's line as the feed carries it; {@code idColumn} names the line's ID as the query selects it. */
    public static FolioLineState state(ResultSet rs, String idColumn) throws SQLException {
        return new FolioLineState(rs.getLong(idColumn), rs.getString("CONFIRMATION"), posting(rs), reversesLineId(rs));
    }

    /**
     * Puts what a line posts into {@code row} from {@code at} on, in the order of {@link #POSTING}; returns the index
     * after them.
     */
    public static int putPosting(Object[] row, int at, Posting p) {
        row[at] = p.kind();
        row[at + 1] = p.code();
        row[at + 2] = p.description();
        row[at + 3] = p.quantity();
        row[at + 4] = p.unitPrice();
        row[at + 5] = p.amount();
        row[at + 6] = p.businessDate();
        row[at + 7] = p.cardLast4();
        return at + POSTING.size();
    }
}
