package app.innkeep.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes CSV as spreadsheets read it: UTF-8 (no byte-order mark), RFC 4180 quoting (a field with a comma, a quote, CR
 * or LF is quoted, inner quotes doubled), CRLF after every row, the column names first. A field that a spreadsheet
 * would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR) gets a leading
 * apostrophe, except a plain negative number such as {@code -20.00}, which stays a number.
 */
final class Csv {

    private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    private final StringBuilder out = new StringBuilder(4096);
    private final int columns;

    Csv(List<String> columnNames) {
        this.columns = columnNames.size();
        row(columnNames);
    }

    Csv row(List<String> fields) {
        if (fields.size() != columns) {
            throw new IllegalArgumentException("row has " + fields.size() + " fields, the header " + columns);
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    Csv row(String... fields) {
        return row(java.util.Arrays.asList(fields));
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty()
                && startsLikeAFormula(v)
                && !PLAIN_NEGATIVE_NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean startsLikeAFormula(String v) {
        char c = v.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** A CSV column: the row key it reads and the name in the first row. */
    record Column(String key, String name) {}

    static byte[] csv(List<Column> columns, List<Map<String, ?>> rows) {
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
}
