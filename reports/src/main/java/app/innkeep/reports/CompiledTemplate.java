package app.innkeep.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code .jrxml} next to this class, compiled on first use and then kept: compiling takes seconds, filling a
 * compiled report a fraction of one. A compiled {@link JasperReport} may be filled by several threads at once.
 */
final class CompiledTemplate {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledTemplate.class);

    private final String resource;
    private volatile JasperReport compiled;

    CompiledTemplate(String resource) {
        this.resource = resource;
    }

    /**
     * Fills and exports the report. Every string parameter and field passes through {@link PrintableText}, so a
     * character that no report font has prints as a placeholder and is logged once per report, by code point only: the
     * text is guest data.
     */
    byte[] pdf(Map<String, Object> parameters, JRDataSource rows) {
        try {
            PrintableText text = new PrintableText();
            JasperPrint print =
                    JasperFillManager.fillReport(report(), text.printable(parameters), new PrintableRows(rows, text));
            byte[] pdf = JasperExportManager.exportReportToPdf(print);
            if (text.replacedAny()) {
                LOG.warn(
                        "{}: no report font has {}; printed as {} instead",
                        resource,
                        text.replacedCodePoints(),
                        PrintableText.PLACEHOLDER);
            }
            return pdf;
        } catch (JRException | JRRuntimeException e) {
            throw new ReportException("Could not print " + resource, e);
        }
    }

    private JasperReport report() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (this) {
                report = compiled;
                if (report == null) {
                    report = compile();
                    compiled = report;
                }
            }
        }
        return report;
    }

    private JasperReport compile() {
        try (InputStream jrxml = CompiledTemplate.class.getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new ReportException("Template " + resource + " is missing from the classpath", null);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (JRException | JRRuntimeException | IOException e) {
            // JRRuntimeException: Jasper 7 reports a malformed .jrxml unchecked, from its Jackson-based loader.
            throw new ReportException("Could not compile " + resource, e);
        }
    }
}
