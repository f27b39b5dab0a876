package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.count;
import static app.innkeep.reports.PrintedValues.date;
import static app.innkeep.reports.PrintedValues.header;
import static app.innkeep.reports.PrintedValues.money;
import static app.innkeep.reports.PrintedValues.text;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;

/** The registration card a guest signs at check-in. */
final class RegistrationCardLayout {

    private final CompiledTemplate template = new CompiledTemplate("registration-card.jrxml");

    byte[] pdf(RegistrationCard card) {
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
        return template.pdf(p, new JREmptyDataSource(1));
    }

    private static String nights(RegistrationCard card) {
        if (card.arrival() == null
                || card.departure() == null
                || !card.departure().isAfter(card.arrival())) {
            return "";
        }
        return Long.toString(ChronoUnit.DAYS.between(card.arrival(), card.departure()));
    }
}
