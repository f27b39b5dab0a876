package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.date;
import static app.innkeep.reports.PrintedValues.header;
import static app.innkeep.reports.PrintedValues.money;
import static app.innkeep.reports.PrintedValues.quantity;
import static app.innkeep.reports.PrintedValues.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** A booking's folio: its lines and the totals. */
final class FolioLayout {

    private final CompiledTemplate template = new CompiledTemplate("folio.jrxml");

    byte[] pdf(Folio folio) {
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
        return template.pdf(p, new JRMapCollectionDataSource(rows));
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
