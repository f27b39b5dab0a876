package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.NOTHING_DONE;
import static app.innkeep.reports.PrintedValues.date;
import static app.innkeep.reports.PrintedValues.dateTime;
import static app.innkeep.reports.PrintedValues.header;
import static app.innkeep.reports.PrintedValues.money;
import static app.innkeep.reports.PrintedValues.plainMoney;
import static app.innkeep.reports.PrintedValues.plural;
import static app.innkeep.reports.PrintedValues.quantity;
import static app.innkeep.reports.PrintedValues.readableCode;
import static app.innkeep.reports.PrintedValues.text;
import static app.innkeep.reports.PrintedValues.withCurrency;

import app.innkeep.reports.Csv.Column;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Financials and Items: entries grouped by code with subtotals and a grand total, as PDF and as CSV. */
final class MoneyReportLayout {

    private final CompiledTemplate template = new CompiledTemplate("money-report.jrxml");

    /**
     * Financials or Items: entries grouped by code (groups sorted by code, entries in the order given), a subtotal
     * under each group and the grand total at the end, all from {@link MoneyReport#groups()}.
     */
    byte[] pdf(MoneyReport r) {
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
        return template.pdf(p, new JRMapCollectionDataSource(rows));
    }

    /**
     * The lines of {@link #pdf}: a "Row" column says {@code entry}, {@code subtotal} (one after each group)
     * or {@code total} (the last row). The group headings of the PDF are not rows; every row carries its group's code.
     */
    byte[] csv(MoneyReport r) {
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
        return Csv.csv(columns, moneyRows(r, false));
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
}
