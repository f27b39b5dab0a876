package app.innkeep.reports;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/** A report's rows with every string made printable on its way into the report ({@link PrintableText}). */
final class PrintableRows implements JRDataSource {

    private final JRDataSource rows;
    private final PrintableText text;

    PrintableRows(JRDataSource rows, PrintableText text) {
        this.rows = rows;
        this.text = text;
    }

    @Override
    public boolean next() throws JRException {
        return rows.next();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Object value = rows.getFieldValue(field);
        return value instanceof String s ? text.printable(s) : value;
    }
}
