package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.count;
import static app.innkeep.reports.PrintedValues.date;
import static app.innkeep.reports.PrintedValues.dateTime;
import static app.innkeep.reports.PrintedValues.money;
import static app.innkeep.reports.PrintedValues.quantity;
import static app.innkeep.reports.PrintedValues.text;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Prints the hotel's documents as PDF from plain records: no HTTP, no database. Thread-safe; each template is compiled
 * on its first use and kept, so the first report of a JVM takes seconds and later ones a fraction of a second.
 */
public final class Reports {

    private final CompiledTemplate registrationCardTemplate = new CompiledTemplate("registration-card.jrxml");
    private final CompiledTemplate folioTemplate = new CompiledTemplate("folio.jrxml");

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
