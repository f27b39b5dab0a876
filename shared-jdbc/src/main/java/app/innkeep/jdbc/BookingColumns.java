package app.innkeep.jdbc;

import app.innkeep.model.Stay;
import app.innkeep.model.StayTerms;
import app.innkeep.model.event.BookingState;
import app.innkeep.model.event.GuestState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A booking's columns, named alike in the cloud's {@code BOOKING}, the standby's replica of it and the desk's views:
 * read into the shared model and bound in one order, here only, so the two apps cannot read or write them apart.
 */
public final class BookingColumns {

    /** The stay's columns, in the order {@link #putStay} binds them. */
    public static final List<String> STAY = List.of(
            "SOURCE_CODE",
            "ROOM_TYPE",
            "ROOM_NUMBER",
            "ARRIVAL",
            "DEPARTURE",
            "ADULTS",
            "CHILDREN",
            "RATE",
            "CANCEL_REASON",
            "NOTES");

    private BookingColumns() {}

    /** The stay of the row's booking. */
    public static StayTerms terms(ResultSet rs) throws SQLException {
        return new StayTerms(
                rs.getString("SOURCE_CODE"),
                rs.getString("ROOM_TYPE"),
                rs.getString("ROOM_NUMBER"),
                Jdbc.date(rs, "ARRIVAL"),
                Jdbc.date(rs, "DEPARTURE"),
                rs.getInt("ADULTS"),
                rs.getInt("CHILDREN"),
                rs.getBigDecimal("RATE"),
                rs.getString("CANCEL_REASON"),
                rs.getString("NOTES"));
    }

    /** The row's guest; {@code idColumn} names the guest's ID as the query selects it. */
    public static GuestState guest(ResultSet rs, String idColumn) throws SQLException {
        return new GuestState(
                rs.getLong(idColumn),
                rs.getString("FIRST_NAME"),
                rs.getString("LAST_NAME"),
                rs.getString("EMAIL"),
                rs.getString("PHONE"));
    }

    /** The row's booking as the feed carries it; its status is kept as stored. */
    public static BookingState state(ResultSet rs, GuestState guest) throws SQLException {
        return new BookingState(rs.getString("CONFIRMATION"), rs.getString("STATUS"), guest, terms(rs));
    }

    /**
     * Puts the stay's values into {@code row} from {@code at} on, in the order of {@link #STAY}; returns the index
     * after them. Fills the caller's array, so a batch that reuses its rows allocates nothing more.
     */
    public static int putStay(Object[] row, int at, Stay s) {
        row[at] = s.source();
        row[at + 1] = s.roomType();
        row[at + 2] = s.room();
        row[at + 3] = s.arrival();
        row[at + 4] = s.departure();
        row[at + 5] = s.adults();
        row[at + 6] = s.children();
        row[at + 7] = s.rate();
        row[at + 8] = s.cancelReason();
        row[at + 9] = s.notes();
        return at + STAY.size();
    }
}
