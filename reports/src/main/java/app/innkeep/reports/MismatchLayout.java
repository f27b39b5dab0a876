package app.innkeep.reports;

import static app.innkeep.reports.PrintedValues.header;
import static app.innkeep.reports.PrintedValues.plural;
import static app.innkeep.reports.PrintedValues.readableCode;
import static app.innkeep.reports.PrintedValues.text;

import app.innkeep.reports.Csv.Column;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/** Master data that differs between the cloud and the standby, as PDF and as CSV. */
final class MismatchLayout {

    private final CompiledTemplate template = new CompiledTemplate("mismatches.jrxml");

    static final String NO_MISMATCHES = "No mismatches: the standby's master data matches the cloud.";

    private static final List<Column> MISMATCH_COLUMNS = List.of(
            new Column("kind", "Kind"),
            new Column("code", "Code"),
            new Column("problem", "Problem"),
            new Column("field", "Field"),
            new Column("cloud", "Cloud value"),
            new Column("standby", "Standby value"));

    /** Master data that differs between the cloud and the standby, in the order given. */
    byte[] pdf(MismatchReport r) {
        List<Map<String, ?>> rows = mismatchRows(r);
        Map<String, Object> p = header(r.header());
        p.put("EMPTY", rows.isEmpty());
        p.put("EMPTY_TEXT", NO_MISMATCHES);
        p.put("COUNT_TEXT", plural(rows.size(), "difference", "differences"));
        return template.pdf(p, new JRMapCollectionDataSource(rows));
    }

    byte[] csv(MismatchReport r) {
        return Csv.csv(MISMATCH_COLUMNS, mismatchRows(r));
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
}
