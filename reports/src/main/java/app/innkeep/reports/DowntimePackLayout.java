package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.count;
import static app.innkeep.reports.PrintedValues.date;
import static app.innkeep.reports.PrintedValues.header;
import static app.innkeep.reports.PrintedValues.money;
import static app.innkeep.reports.PrintedValues.plainMoney;
import static app.innkeep.reports.PrintedValues.readableCode;
import static app.innkeep.reports.PrintedValues.text;
import static app.innkeep.reports.PrintedValues.withCurrency;

import app.innkeep.reports.Csv.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** The hourly downtime pack the desk works from when the cloud is out of reach, as PDF and as CSV. */
final class DowntimePackLayout {

    private final CompiledTemplate template = new CompiledTemplate("downtime-pack.jrxml");

    static final String NO_ARRIVALS = "No arrivals today.";
    static final String NO_IN_HOUSE = "No guests in house.";
    static final String NO_DEPARTURES = "No departures today.";
    static final String NO_ROOMS = "No rooms on file.";
    static final String NO_BALANCES = "No open balances.";

    private static final List<Column> PACK_COLUMNS = List.of(
            new Column("section", "Section"),
            new Column("booking", "Booking"),
            new Column("guest", "Guest"),
            new Column("room", "Room"),
            new Column("roomType", "Room type"),
            new Column("arrival", "Arrival"),
            new Column("departure", "Departure"),
            new Column("adults", "Adults"),
            new Column("children", "Children"),
            new Column("status", "Status"),
            new Column("balanceCsv", "Balance"),
            new Column("housekeeping", "Housekeeping"),
            new Column("outOfOrderCsv", "Out of order"),
            new Column("occupant", "Occupant"));

    /**
     * The hourly downtime pack: Arrivals today, In house (by room, with balances and their total), Departures today,
     * Room status (by room, out-of-order rooms in red), Guest balances (with their total). An empty section prints a
     * line saying so.
     */
    byte[] pdf(DowntimePack pack) {
        Map<String, Object> p = header(pack.header());
        p.put("BALANCE_LABEL", withCurrency("Balance", pack.currency()));
        return template.pdf(p, new JRMapCollectionDataSource(packRows(pack, true)));
    }

    /**
     * The guest and room lines of {@link #pdf}, each led by its section's name. Section headings, empty-
     * section lines and the balance totals of the PDF are not rows (a spreadsheet sums by itself).
     */
    byte[] csv(DowntimePack pack) {
        return Csv.csv(PACK_COLUMNS, packRows(pack, false));
    }

    static final String ARRIVALS = "Arrivals today";
    static final String IN_HOUSE = "In house";
    static final String DEPARTURES = "Departures today";
    static final String ROOM_STATUS = "Room status";
    static final String BALANCES = "Guest balances";

    private static List<Map<String, ?>> packRows(DowntimePack pack, boolean pdf) {
        String currency = text(pack.currency());
        List<Map<String, ?>> rows = new ArrayList<>();
        guestSection(rows, pdf, ARRIVALS, pack.arrivals(), NO_ARRIVALS, null, currency);
        guestSection(
                rows,
                pdf,
                IN_HOUSE,
                pack.inHouse().stream()
                        .sorted(Comparator.comparing(PackGuest::room, ROOM_ORDER))
                        .toList(),
                NO_IN_HOUSE,
                "Total balance in house",
                currency);
        guestSection(rows, pdf, DEPARTURES, pack.departures(), NO_DEPARTURES, null, currency);
        if (pdf) {
            rows.add(Map.of("row", "section", "label", ROOM_STATUS));
            rows.add(Map.of("row", pack.rooms().isEmpty() ? "empty" : "roomHead", "label", NO_ROOMS));
        }
        pack.rooms().stream()
                .sorted(Comparator.comparing(PackRoom::room, ROOM_ORDER))
                .forEach(room -> {
                    Map<String, String> row = new HashMap<>();
                    row.put("row", "room");
                    row.put("section", ROOM_STATUS);
                    row.put("room", text(room.room()));
                    row.put("roomType", text(room.roomType()));
                    row.put("housekeeping", readableCode(room.housekeeping()));
                    row.put("outOfOrder", room.outOfOrder() ? "OUT OF ORDER" : "");
                    row.put("outOfOrderCsv", room.outOfOrder() ? "yes" : "");
                    row.put("occupant", text(room.occupant()));
                    rows.add(row);
                });
        guestSection(rows, pdf, BALANCES, pack.balances(), NO_BALANCES, "Total open balances", currency);
        return rows;
    }

    private static void guestSection(
            List<Map<String, ?>> rows,
            boolean pdf,
            String section,
            List<PackGuest> guests,
            String emptyText,
            String totalLabel,
            String currency) {
        if (pdf) {
            rows.add(Map.of("row", "section", "label", section));
            rows.add(Map.of("row", guests.isEmpty() ? "empty" : "guestHead", "label", emptyText));
        }
        for (PackGuest g : guests) {
            Map<String, String> row = new HashMap<>();
            row.put("row", "guest");
            row.put("section", section);
            row.put("booking", text(g.bookingRef()));
            row.put("guest", text(g.guestName()));
            row.put("room", text(g.room()));
            row.put("roomType", text(g.roomType()));
            row.put("arrival", date(g.arrival()));
            row.put("departure", date(g.departure()));
            row.put("pax", g.adults() + " + " + g.children());
            row.put("adults", count(g.adults()));
            row.put("children", count(g.children()));
            row.put("status", readableCode(g.status()));
            row.put("balance", money(g.balance(), null));
            row.put("balanceCsv", plainMoney(g.balance()));
            rows.add(row);
        }
        if (pdf && totalLabel != null && !guests.isEmpty()) {
            BigDecimal total = guests.stream()
                    .map(PackGuest::balance)
                    .filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            rows.add(Map.of("row", "total", "label", totalLabel, "balance", money(total, currency)));
        }
    }

    private static final Pattern LEADING_DIGITS = Pattern.compile("\\d+");

    /** Rooms in the order a housekeeper walks them: 2 before 10, then by text ("101", "101A", "Suite"). */
    private static final Comparator<String> ROOM_ORDER =
            Comparator.nullsLast(Comparator.<String, Long>comparing(room -> {
                        var digits = LEADING_DIGITS.matcher(room.strip());
                        return digits.lookingAt() && digits.end() < 18
                                ? Long.parseLong(digits.group())
                                : Long.MAX_VALUE;
                    })
                    .thenComparing(Comparator.naturalOrder()));
}
