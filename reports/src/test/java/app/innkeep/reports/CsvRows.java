package app.innkeep.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a CSV back the way RFC 4180 says, checking every row ends in CRLF. Row 0 is the header. */
record CsvRows(List<String> header, List<List<String>> rows) {

    static CsvRows parse(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertThat(s).endsWith("\r\n");
        List<List<String>> all = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char q = s.charAt(i);
                    if (q == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                assertThat(s.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                all.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("a bare LF outside quotes").isNotEqualTo('\n');
                field.append(c);
                i++;
            }
        }
        for (List<String> r : all) {
            assertThat(r).as("every row has as many fields as the header").hasSameSizeAs(all.getFirst());
        }
        return new CsvRows(all.getFirst(), all.subList(1, all.size()));
    }

    String get(List<String> row, String column) {
        int i = header.indexOf(column);
        assertThat(i).as("column " + column).isNotNegative();
        return row.get(i);
    }

    List<String> column(String column) {
        return rows.stream().map(r -> get(r, column)).toList();
    }

    List<List<String>> where(String column, String value) {
        return rows.stream().filter(r -> get(r, column).equals(value)).toList();
    }
}
