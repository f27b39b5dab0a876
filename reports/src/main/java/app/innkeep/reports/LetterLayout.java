package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.date;
import static app.innkeep.reports.PrintedValues.header;
import static app.innkeep.reports.PrintedValues.text;

import java.time.LocalDate;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;

/** A letter on the property's letterhead (the confirmation letter's layout, used for every letter). */
final class LetterLayout {

    private final CompiledTemplate template = new CompiledTemplate("confirmation-letter.jrxml");

    /**
     * A confirmation letter: the property's letterhead (its name from the header) and the date on page 1, then
     * {@link Letter#text()} with its line breaks, flowing onto more pages if long. No table.
     */
    byte[] pdf(Letter letter) {
        ReportHeader h = letter.header();
        Map<String, Object> p = header(h);
        String name = text(h.propertyName());
        p.put("LETTERHEAD", name.isEmpty() ? text(h.propertyCode()) : name);
        p.put("PROPERTY_CODE", name.isEmpty() ? "" : text(h.propertyCode()));
        p.put("DATE", date(LocalDate.ofInstant(h.generatedAt(), h.zone())));
        p.put("BODY", letter.text());
        return template.pdf(p, new JREmptyDataSource(1));
    }
}
