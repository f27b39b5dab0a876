package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.NOTHING_DONE;
import static app.innkeep.reports.PrintedValues.byTime;
import static app.innkeep.reports.PrintedValues.date;
import static app.innkeep.reports.PrintedValues.dateTime;
import static app.innkeep.reports.PrintedValues.header;
import static app.innkeep.reports.PrintedValues.money;
import static app.innkeep.reports.PrintedValues.plainMoney;
import static app.innkeep.reports.PrintedValues.plural;
import static app.innkeep.reports.PrintedValues.readableCode;
import static app.innkeep.reports.PrintedValues.text;
import static app.innkeep.reports.PrintedValues.withCurrency;

import app.innkeep.reports.Csv.Column;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Room bookings: every booking action of the window, as PDF and as CSV. */
final class RoomBookingsLayout {

    private final CompiledTemplate template = new CompiledTemplate("room-bookings.jrxml");

    private static final List<Column> BOOKING_COLUMNS = List.of(
            new Column("entered", "Entered"),
            new Column("user", "User"),
            new Column("businessDate", "Business date"),
            new Column("action", "Action"),
            new Column("booking", "Booking"),
            new Column("guest", "Guest"),
            new Column("room", "Room"),
            new Column("arrival", "Arrival"),
            new Column("departure", "Departure"),
            new Column("rateCsv", "Rate"),
            new Column("currency", "Currency"),
            new Column("source", "Source"),
            new Column("change", "Change"));

    /** Every booking action of the window, sorted by the time it was entered on the standby (ties keep their order). */
    byte[] pdf(RoomBookingsReport r) {
        List<Map<String, ?>> rows = bookingRows(r);
        Map<String, Object> p = header(r.header());
        p.put("RATE_LABEL", withCurrency("Rate", r.currency()));
        p.put("EMPTY", rows.isEmpty());
        p.put("EMPTY_TEXT", NOTHING_DONE);
        p.put("COUNT_TEXT", plural(rows.size(), "booking action", "booking actions") + ", by time entered");
        return template.pdf(p, new JRMapCollectionDataSource(rows));
    }

    /** The rows of {@link #pdf}, one per PDF line, with the business date and currency added. */
    byte[] csv(RoomBookingsReport r) {
        return Csv.csv(BOOKING_COLUMNS, bookingRows(r));
    }

    private static List<Map<String, ?>> bookingRows(RoomBookingsReport r) {
        ZoneId zone = r.header().zone();
        String currency = text(r.currency());
        return byTime(r.entries(), BookingEntry::enteredAt).stream()
                .<Map<String, ?>>map(e -> {
                    Map<String, String> row = new HashMap<>();
                    row.put("entered", dateTime(e.enteredAt(), zone));
                    row.put("user", text(e.user()));
                    row.put("businessDate", date(e.businessDate()));
                    row.put("action", readableCode(e.action()));
                    row.put("booking", text(e.bookingRef()));
                    row.put("guest", text(e.guestName()));
                    row.put("room", text(e.room()));
                    row.put("arrival", date(e.arrival()));
                    row.put("departure", date(e.departure()));
                    row.put("rate", money(e.rate(), null));
                    row.put("rateCsv", plainMoney(e.rate()));
                    row.put("currency", e.rate() == null ? "" : currency);
                    row.put("source", text(e.source()));
                    row.put("change", text(e.change()));
                    return row;
                })
                .toList();
    }
}
