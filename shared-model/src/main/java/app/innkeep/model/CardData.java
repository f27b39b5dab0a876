package app.innkeep.model;

import java.util.regex.Pattern;

/**
 * The only card data Innkeep keeps: the last four digits, or an opaque token from a payment provider. A full card
 * number or a CVV is refused wherever it would enter, on both sides.
 */
public final class CardData {

    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Pattern DIGITS_ONLY = Pattern.compile("[\\d -]+");

    /**
     * Names under which clients send card data Innkeep never takes (compared without case, '_' or '-'): a field of
     * that name is refused wherever it appears in a request, so a CVC is never silently dropped as "unknown".
     */
    private static final java.util.Set<String> FORBIDDEN_NUMBER_KEYS = java.util.Set.of(
            "cardnumber", "pan", "primaryaccountnumber", "creditcardnumber", "ccnumber", "cardno", "fullcardnumber");

    private static final java.util.Set<String> FORBIDDEN_CODE_KEYS = java.util.Set.of(
            "cvv",
            "cvc",
            "cvv2",
            "cvc2",
            "cvn",
            "csc",
            "cid",
            "securitycode",
            "cardsecuritycode",
            "cardcvv",
            "cardcvc",
            "cardverificationvalue",
            "cardverificationcode");

    private CardData() {}

    /** Why a field of this name is refused, or empty when the name is not one of card data Innkeep never keeps. */
    public static java.util.Optional<String> forbiddenField(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        String key = name.toLowerCase(java.util.Locale.ROOT).replace("_", "").replace("-", "");
        if (FORBIDDEN_NUMBER_KEYS.contains(key)) {
            return java.util.Optional.of("full card numbers are never accepted; send cardLast4 or a cardToken");
        }
        if (FORBIDDEN_CODE_KEYS.contains(key)) {
            return java.util.Optional.of("card security codes are never accepted or stored");
        }
        return java.util.Optional.empty();
    }

    /** Why what was given as a card's last four digits is not that. */
    public enum LastFourFault {
        /** A whole card number, which must never be kept: only its last four digits. */
        FULL_CARD_NUMBER,
        /** Anything else that is not exactly four digits. */
        NOT_FOUR_DIGITS
    }

    /**
     * The card rule for a "last four digits" field, the same on both sides: empty when the value is four digits or
     * absent; otherwise why not. Each app says it in its own words (a form asks to "enter", the API to "send").
     */
    public static java.util.Optional<LastFourFault> lastFourFault(String value) {
        if (value == null || isLastFour(value)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                looksLikeCardNumber(value) ? LastFourFault.FULL_CARD_NUMBER : LastFourFault.NOT_FOUR_DIGITS);
    }

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
