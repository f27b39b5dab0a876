package app.innkeep.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
}
