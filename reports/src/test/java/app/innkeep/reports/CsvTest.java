package app.innkeep.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndEndsRowsWithCrLf() {
        String csv = new String(
                new Csv(java.util.List.of("a", "b", "c", "d", "e"))
                        .row("plain", "Müller, Hans", "say \"hi\"", "two\nlines", "cr\rhere")
                        .bytes(),
                StandardCharsets.UTF_8);

        assertThat(csv)
                .isEqualTo("a,b,c,d,e\r\nplain,\"Müller, Hans\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
    }

    @Test
    void fieldsASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        assertThat(Csv.field("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(Csv.field("+43 1 234")).isEqualTo("'+43 1 234");
        assertThat(Csv.field("-cmd")).isEqualTo("'-cmd");
        assertThat(Csv.field("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(Csv.field("\tx")).isEqualTo("'\tx");
        assertThat(Csv.field("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(Csv.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void plainNegativeNumbersStayNumbers() {
        assertThat(Csv.field("-20.00")).isEqualTo("-20.00");
        assertThat(Csv.field("-3")).isEqualTo("-3");
        assertThat(Csv.field("-1,234.50")).isEqualTo("\"'-1,234.50\"");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field(null)).isEmpty();
    }
}
