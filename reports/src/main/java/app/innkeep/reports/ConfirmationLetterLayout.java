package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.date;
import static app.innkeep.reports.PrintedValues.header;
import static app.innkeep.reports.PrintedValues.text;

import java.time.LocalDate;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;

/** A confirmation letter on the property's letterhead. */
final class ConfirmationLetterLayout {

    private final CompiledTemplate template = new CompiledTemplate("confirmation-letter.jrxml");

    /**
     * A confirmation letter: the property's letterhead (its name from the header) and the date on page 1, then
     * {@link ConfirmationLetter#text()} with its line breaks, flowing onto more pages if long. No table.
     */
    byte[] pdf(ConfirmationLetter letter) {
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
