package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.count;
import static app.innkeep.reports.PrintedValues.date;
import static app.innkeep.reports.PrintedValues.dateTime;
import static app.innkeep.reports.PrintedValues.money;
import static app.innkeep.reports.PrintedValues.plainMoney;
import static app.innkeep.reports.PrintedValues.quantity;
import static app.innkeep.reports.PrintedValues.readable;
import static app.innkeep.reports.PrintedValues.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Prints the hotel's documents as PDF (and the list reports also as CSV) from plain records: no HTTP, no database.
 * Thread-safe; each template is compiled on its first use and kept, so the first report of a JVM takes seconds and
 * later ones a fraction of a second.
 *
 * <p>Each list report builds its rows once, as printed strings; the PDF places them and the CSV writes the same rows,
 * so the two always hold the same lines (the CSV may carry a few more columns, e.g. the business date).
 */
public final class Reports {

    private final CompiledTemplate registrationCardTemplate = new CompiledTemplate("registration-card.jrxml");
    private final CompiledTemplate folioTemplate = new CompiledTemplate("folio.jrxml");
    private final CompiledTemplate roomBookingsTemplate = new CompiledTemplate("room-bookings.jrxml");
    private final CompiledTemplate moneyTemplate = new CompiledTemplate("money-report.jrxml");
    private final CompiledTemplate packTemplate = new CompiledTemplate("downtime-pack.jrxml");
    private final CompiledTemplate letterTemplate = new CompiledTemplate("confirmation-letter.jrxml");
    private final CompiledTemplate mismatchTemplate = new CompiledTemplate("mismatches.jrxml");
    private final CompiledTemplate collisionTemplate = new CompiledTemplate("collisions.jrxml");

    static final String NOTHING_DONE = "Nothing was done on the standby in this window: nothing to re-enter.";
    static final String NO_MISMATCHES = "No mismatches: the standby's master data matches the cloud.";
    static final String NO_COLLISIONS = "No collisions: nothing was changed on both sides.";

    public Reports() {}

    public byte[] registrationCardPdf(RegistrationCard card) {
        Map<String, Object> p = header(card.header());
        p.put("CONFIRMATION", text(card.confirmation()));
        p.put("GUEST_NAME", text(card.guestName()));
        p.put("EMAIL", text(card.email()));
        p.put("PHONE", text(card.phone()));
        p.put("ROOM", text(card.room()));
        p.put("ROOM_TYPE", text(card.roomType()));
        p.put("ARRIVAL", date(card.arrival()));
        p.put("DEPARTURE", date(card.departure()));
        p.put("NIGHTS", nights(card));
        p.put("ADULTS", count(card.adults()));
        p.put("CHILDREN", count(card.children()));
        p.put("RATE", money(card.rate(), card.currency()));
        p.put("SOURCE", text(card.source()));
        p.put("NOTES", text(card.notes()));
        p.put("CLERK", text(card.clerk()));
        // One empty row: the card's body is the detail band, printed once, below the page header.
        return registrationCardTemplate.pdf(p, new JREmptyDataSource(1));
    }

    public byte[] folioPdf(Folio folio) {
        Map<String, Object> p = header(folio.header());
        p.put("CONFIRMATION", text(folio.confirmation()));
        p.put("GUEST_NAME", text(folio.guestName()));
        p.put("ROOM", text(folio.room()));
        p.put("ARRIVAL", date(folio.arrival()));
        p.put("DEPARTURE", date(folio.departure()));
        p.put("TOTAL_CHARGES", money(folio.totalCharges(), folio.currency()));
        p.put("TOTAL_PAYMENTS", money(folio.totalPayments(), folio.currency()));
        p.put("BALANCE", money(folio.balance(), folio.currency()));
        p.put("EMPTY", folio.lines().isEmpty());
        List<Map<String, ?>> rows = folio.lines().stream()
                .<Map<String, ?>>map(line -> Map.of(
                        "date", date(line.businessDate()),
                        "kind", kind(line.kind()),
                        "code", text(line.code()),
                        "description", text(line.description()),
                        "quantity", quantity(line.quantity()),
                        "card", card(line.cardLast4()),
                        "amount", money(line.amount(), folio.currency())))
                .toList();
        return folioTemplate.pdf(p, new JRMapCollectionDataSource(rows));
    }

    // ------------------------------------------------------------------------------------------ room bookings

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
    public byte[] roomBookingsPdf(RoomBookingsReport r) {
        List<Map<String, ?>> rows = bookingRows(r);
        Map<String, Object> p = header(r.header());
        p.put("RATE_LABEL", withCurrency("Rate", r.currency()));
        p.put("EMPTY", rows.isEmpty());
        p.put("EMPTY_TEXT", NOTHING_DONE);
        p.put("COUNT_TEXT", plural(rows.size(), "booking action", "booking actions") + ", by time entered");
        return roomBookingsTemplate.pdf(p, new JRMapCollectionDataSource(rows));
    }

    /** The rows of {@link #roomBookingsPdf}, one per PDF line, with the business date and currency added. */
    public byte[] roomBookingsCsv(RoomBookingsReport r) {
        return csv(BOOKING_COLUMNS, bookingRows(r));
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

    // ------------------------------------------------------------------------------------------ financials, items

    /**
     * Financials or Items: entries grouped by code (groups sorted by code, entries in the order given), a subtotal
     * under each group and the grand total at the end, all from {@link MoneyReport#groups()}.
     */
    public byte[] moneyReportPdf(MoneyReport r) {
        List<Map<String, ?>> rows = moneyRows(r, true);
        Map<String, Object> p = header(r.header());
        p.put("AMOUNT_LABEL", withCurrency("Amount", r.currency()));
        p.put("GRAND_TOTAL", money(r.grandTotal(), r.currency()));
        p.put("EMPTY", r.entries().isEmpty());
        p.put("EMPTY_TEXT", NOTHING_DONE);
        int groups = r.groups().size();
        p.put(
                "COUNT_TEXT",
                plural(r.entries().size(), "entry", "entries") + " in " + plural(groups, "group", "groups") + " by "
                        + groupLabel(r).toLowerCase(Locale.ROOT));
        return moneyTemplate.pdf(p, new JRMapCollectionDataSource(rows));
    }

    /**
     * The lines of {@link #moneyReportPdf}: a "Row" column says {@code entry}, {@code subtotal} (one after each group)
     * or {@code total} (the last row). The group headings of the PDF are not rows; every row carries its group's code.
     */
    public byte[] moneyReportCsv(MoneyReport r) {
        String label = groupLabel(r);
        List<Column> columns = List.of(
                new Column("row", "Row"),
                new Column("code", label),
                new Column("codeDescription", label + " description"),
                new Column("entered", "Entered"),
                new Column("user", "User"),
                new Column("businessDate", "Business date"),
                new Column("kind", "Type"),
                new Column("booking", "Booking"),
                new Column("guest", "Guest"),
                new Column("room", "Room"),
                new Column("description", "Description"),
                new Column("quantity", "Quantity"),
                new Column("card", "Card"),
                new Column("amountCsv", "Amount"),
                new Column("currency", "Currency"));
        return csv(columns, moneyRows(r, false));
    }

    private static List<Map<String, ?>> moneyRows(MoneyReport r, boolean withHeadings) {
        ZoneId zone = r.header().zone();
        String currency = text(r.currency());
        String label = groupLabel(r);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (MoneyReport.Group group : r.groups()) {
            String name = group.code().isEmpty() ? "(no code)" : group.code();
            String title = group.description().isEmpty() ? name : name + " · " + group.description();
            if (withHeadings) {
                rows.add(Map.of("row", "group", "label", label + " " + title));
            }
            for (MoneyEntry e : group.entries()) {
                Map<String, String> row = new HashMap<>();
                row.put("row", "entry");
                row.put("code", group.code());
                row.put("codeDescription", group.description());
                row.put("entered", dateTime(e.enteredAt(), zone));
                row.put("user", text(e.user()));
                row.put("businessDate", date(e.businessDate()));
                row.put("kind", readableCode(e.kind()));
                row.put("booking", text(e.bookingRef()));
                row.put("guest", text(e.guestName()));
                row.put("room", text(e.room()));
                row.put("description", text(e.description()));
                row.put("quantity", quantity(e.quantity()));
                row.put("card", text(e.cardLast4()).isEmpty() ? "" : "••••" + text(e.cardLast4()));
                row.put("amount", money(e.amount(), null));
                row.put("amountCsv", plainMoney(e.amount()));
                row.put("currency", currency);
                rows.add(row);
            }
            Map<String, String> subtotal = new HashMap<>();
            subtotal.put("row", "subtotal");
            subtotal.put("code", group.code());
            subtotal.put("codeDescription", group.description());
            subtotal.put(
                    "label", "Subtotal " + title + " (" + plural(group.entries().size(), "entry", "entries") + ")");
            subtotal.put("amount", money(group.subtotal(), currency));
            subtotal.put("amountCsv", plainMoney(group.subtotal()));
            subtotal.put("currency", currency);
            rows.add(subtotal);
        }
        if (!withHeadings) {
            rows.add(Map.of("row", "total", "amountCsv", plainMoney(r.grandTotal()), "currency", currency));
        }
        return rows;
    }

    private static String groupLabel(MoneyReport r) {
        String label = text(r.groupLabel());
        return label.isEmpty() ? "Code" : label;
    }

    // ------------------------------------------------------------------------------------------ downtime pack

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
    public byte[] downtimePackPdf(DowntimePack pack) {
        Map<String, Object> p = header(pack.header());
        p.put("BALANCE_LABEL", withCurrency("Balance", pack.currency()));
        return packTemplate.pdf(p, new JRMapCollectionDataSource(packRows(pack, true)));
    }

    /**
     * The guest and room lines of {@link #downtimePackPdf}, each led by its section's name. Section headings, empty-
     * section lines and the balance totals of the PDF are not rows (a spreadsheet sums by itself).
     */
    public byte[] downtimePackCsv(DowntimePack pack) {
        return csv(PACK_COLUMNS, packRows(pack, false));
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

    // ------------------------------------------------------------------------------------------ letter

    /**
     * A confirmation letter: the property's letterhead (its name from the header) and the date on page 1, then
     * {@link ConfirmationLetter#text()} with its line breaks, flowing onto more pages if long. No table.
     */
    public byte[] confirmationLetterPdf(ConfirmationLetter letter) {
        ReportHeader h = letter.header();
        Map<String, Object> p = header(h);
        String name = text(h.propertyName());
        p.put("LETTERHEAD", name.isEmpty() ? text(h.propertyCode()) : name);
        p.put("PROPERTY_CODE", name.isEmpty() ? "" : text(h.propertyCode()));
        p.put("DATE", date(LocalDate.ofInstant(h.generatedAt(), h.zone())));
        p.put("BODY", letter.text());
        return letterTemplate.pdf(p, new JREmptyDataSource(1));
    }

    // ------------------------------------------------------------------------------------------ mismatches

    private static final List<Column> MISMATCH_COLUMNS = List.of(
            new Column("kind", "Kind"),
            new Column("code", "Code"),
            new Column("problem", "Problem"),
            new Column("field", "Field"),
            new Column("cloud", "Cloud value"),
            new Column("standby", "Standby value"));

    /** Master data that differs between the cloud and the standby, in the order given. */
    public byte[] mismatchPdf(MismatchReport r) {
        List<Map<String, ?>> rows = mismatchRows(r);
        Map<String, Object> p = header(r.header());
        p.put("EMPTY", rows.isEmpty());
        p.put("EMPTY_TEXT", NO_MISMATCHES);
        p.put("COUNT_TEXT", plural(rows.size(), "difference", "differences"));
        return mismatchTemplate.pdf(p, new JRMapCollectionDataSource(rows));
    }

    public byte[] mismatchCsv(MismatchReport r) {
        return csv(MISMATCH_COLUMNS, mismatchRows(r));
    }

    private static List<Map<String, ?>> mismatchRows(MismatchReport r) {
        return r.lines().stream()
                .<Map<String, ?>>map(l -> Map.of(
                        "kind", readableCode(l.kind()),
                        "code", text(l.code()),
                        "problem", readableCode(l.problem()),
                        "field", text(l.field()),
                        "cloud", text(l.cloud()),
                        "standby", text(l.standby())))
                .toList();
    }

    // ------------------------------------------------------------------------------------------ collisions

    private static final List<Column> COLLISION_COLUMNS = List.of(
            new Column("noted", "Noted at"),
            new Column("kind", "Kind"),
            new Column("booking", "Booking"),
            new Column("other", "Other booking"),
            new Column("room", "Room"),
            new Column("detail", "Detail"));

    /** Every record changed on both sides, sorted by the time the standby noted it (ties keep their order). */
    public byte[] collisionPdf(CollisionReport r) {
        List<Map<String, ?>> rows = collisionRows(r);
        Map<String, Object> p = header(r.header());
        p.put("EMPTY", rows.isEmpty());
        p.put("EMPTY_TEXT", NO_COLLISIONS);
        p.put("COUNT_TEXT", plural(rows.size(), "collision", "collisions") + ", by time noted");
        return collisionTemplate.pdf(p, new JRMapCollectionDataSource(rows));
    }

    public byte[] collisionCsv(CollisionReport r) {
        return csv(COLLISION_COLUMNS, collisionRows(r));
    }

    private static List<Map<String, ?>> collisionRows(CollisionReport r) {
        ZoneId zone = r.header().zone();
        return byTime(r.lines(), CollisionLine::notedAt).stream()
                .<Map<String, ?>>map(l -> Map.of(
                        "noted", dateTime(l.notedAt(), zone),
                        "kind", collisionKind(l.kind()),
                        "booking", text(l.bookingRef()),
                        "other", text(l.otherRef()),
                        "room", text(l.room()),
                        "detail", text(l.detail())))
                .toList();
    }

    static String collisionKind(String kind) {
        return switch (text(kind)) {
            case "BOOKING_CHANGED_IN_CLOUD" -> "Booking changed in the cloud";
            case "FOLIO_CHANGED_IN_CLOUD" -> "Folio changed in the cloud";
            case "ROOM_DOUBLE_BOOKED" -> "Room double-booked";
            default -> readableCode(kind);
        };
    }

    // ------------------------------------------------------------------------------------------ shared

    /** A CSV column: the row key it reads and the name in the first row. */
    private record Column(String key, String name) {}

    private static byte[] csv(List<Column> columns, List<Map<String, ?>> rows) {
        Csv csv = new Csv(columns.stream().map(Column::name).toList());
        for (Map<String, ?> row : rows) {
            csv.row(columns.stream()
                    .map(column -> {
                        Object value = row.get(column.key());
                        return value == null ? "" : value.toString();
                    })
                    .toList());
        }
        return csv.bytes();
    }

    /** Stable sort by time; lines without a time go last, in their order. */
    private static <T> List<T> byTime(List<T> lines, Function<T, Instant> time) {
        return lines.stream()
                .sorted(Comparator.comparing(time, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** CHECKED_IN -> Checked in; text that is not an upper-case code (a sentence, "Wi-Fi") prints as given. */
    static String readableCode(String value) {
        String v = text(value);
        return CODE.matcher(v).matches() ? readable(v) : v;
    }

    private static String withCurrency(String label, String currency) {
        String code = text(currency);
        return code.isEmpty() ? label : label + " (" + code + ")";
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static Map<String, Object> header(ReportHeader header) {
        Map<String, Object> p = new HashMap<>();
        String code = text(header.propertyCode());
        String name = text(header.propertyName());
        p.put("PROPERTY", code.isEmpty() || name.isEmpty() ? code + name : code + " · " + name);
        p.put("REPORT_NAME", text(header.reportName()));
        p.put("PERIOD", text(header.period()));
        p.put("GENERATED", "Generated " + dateTime(header.generatedAt(), header.zone()) + " (" + header.zone() + ")");
        p.put(
                "DATA_AS_OF",
                header.dataAsOf() == null
                        ? "Data as of: unknown"
                        : "Data as of " + dateTime(header.dataAsOf(), header.zone()));
        return p;
    }

    private static String nights(RegistrationCard card) {
        if (card.arrival() == null
                || card.departure() == null
                || !card.departure().isAfter(card.arrival())) {
            return "";
        }
        return Long.toString(ChronoUnit.DAYS.between(card.arrival(), card.departure()));
    }

    /** CHARGE -> Charge; an unknown kind prints as given. */
    private static String kind(String kind) {
        String k = text(kind);
        return k.isEmpty()
                ? ""
                : k.substring(0, 1).toUpperCase(Locale.ROOT) + k.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String card(String last4) {
        String digits = text(last4);
        return digits.isEmpty() ? "" : "card ••••" + digits;
    }
}
