package app.innkeep.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How values look on paper. Everything is turned into text here, in Java, so the templates only place strings and a
 * null can never reach paper as "null".
 */
final class PrintedValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private PrintedValues() {}

    static String text(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** Two decimals, grouped, then the currency code: {@code -1,234.50 EUR}. */
    static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        // DecimalFormat is not thread-safe, so one per call; it is cheap next to a Jasper fill.
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        String number = format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
        String code = text(currency);
        return code.isEmpty() ? number : number + " " + code;
    }

    /** {@code 2}, {@code 1.5}: no trailing zeros, never scientific notation. */
    static String quantity(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }

    static String count(int n) {
        return Integer.toString(n);
    }

    /** A plain number for CSV: two decimals, no grouping, no currency ({@code -1234.50}). */
    static String plainMoney(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** NEW -> New, CHECKED_IN -> Checked in; blank -> empty; anything else as given, made readable the same way. */
    static String readable(String code) {
        String c = text(code);
        if (c.isEmpty()) {
            return "";
        }
        String words = c.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    static final String NOTHING_DONE = "Nothing was done on the standby in this window: nothing to re-enter.";

    /** Stable sort by time; lines without a time go last, in their order. */
    static <T> List<T> byTime(List<T> lines, Function<T, Instant> time) {
        return lines.stream()
                .sorted(Comparator.comparing(time, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** CHECKED_IN -> Checked in; text that is not an upper-case code (a sentence, "Wi-Fi") prints as given. */
    static String readableCode(String value) {
        String v = text(value);
        return CODE.matcher(v).matches() ? readable(v) : v;
    }

    static String withCurrency(String label, String currency) {
        String code = text(currency);
        return code.isEmpty() ? label : label + " (" + code + ")";
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static Map<String, Object> header(ReportHeader header) {
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
}
