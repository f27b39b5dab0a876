package app.innkeep.model;

import java.util.regex.Pattern;

/**
 * The only card data Innkeep keeps: the last four digits, or an opaque token from a payment provider. A full card
 * number or a CVV is refused wherever it would enter, on both sides.
 */
public final class CardData {

    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Pattern DIGITS_ONLY = Pattern.compile("[\\d -]+");

    private CardData() {}

    public static boolean isLastFour(String value) {
        return value != null && LAST_FOUR.matcher(value).matches();
    }

    /**
     * True when the text looks like a full primary account number: 12–19 digits (spaces and dashes ignored) that
     * pass the Luhn check. Used to refuse card numbers typed into any free-text or token field.
     */
    public static boolean looksLikeCardNumber(String value) {
        if (value == null || !DIGITS_ONLY.matcher(value).matches()) {
            return false;
        }
        String digits = value.replace(" ", "").replace("-", "");
        return digits.length() >= 12 && digits.length() <= 19 && luhn(digits);
    }

    /** True when the text contains a run of 12–19 digits (with optional spaces or dashes) that passes Luhn. */
    public static boolean containsCardNumber(String text) {
        if (text == null) {
            return false;
        }
        var matcher = Pattern.compile("\\d[\\d -]{10,24}\\d").matcher(text);
        while (matcher.find()) {
            String digits = matcher.group().replace(" ", "").replace("-", "");
            for (int len = 19; len >= 12; len--) {
                for (int start = 0; start + len <= digits.length(); start++) {
                    if (luhn(digits.substring(start, start + len))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
