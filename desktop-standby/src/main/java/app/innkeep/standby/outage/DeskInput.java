package app.innkeep.standby.outage;

import app.innkeep.model.CardData;
import app.innkeep.model.FreeText;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.input.Invalid;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the desk's forms may hold, checked before anything is read or written: texts (the shared {@link FreeText}
 * rule: length, no control characters, no card number), amounts and the card's last four digits ({@link CardData}).
 * The shared rules answer; the desk throws {@link Invalid} naming the field.
 */
final class DeskInput {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");
    static final BigDecimal MAX_QUANTITY = new BigDecimal("999");

    private DeskInput() {}

    /** A one-line text that must be there. */
    static String required(String field, String value, int max) {
        String v = blankToNull(value);
        if (v == null) {
            throw new Invalid(field, "is required");
        }
        return optional(field, v, max);
    }

    /** A one-line text that may be left empty (then null). */
    static String optional(String field, String value, int max) {
        return text(field, value, max, FreeText.Lines.SINGLE);
    }

    /** A text of several lines (a walk-in's notes), or null. */
    static String lines(String field, String value, int max) {
        return text(field, value, max, FreeText.Lines.MULTI);
    }

    private static String text(String field, String value, int max, FreeText.Lines lines) {
        String v = blankToNull(value);
        FreeText.fault(v, lines, max).ifPresent(fault -> {
            throw new Invalid(field, fault);
        });
        return v;
    }

    /** Money typed at the desk: not negative (nor zero unless allowed), two decimals at most, within the columns. */
    static BigDecimal amount(String field, BigDecimal value, boolean zeroAllowed) {
        if (value.scale() > 2) {
            throw new Invalid(field, "at most 2 decimals");
        }
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            throw new Invalid(field, zeroAllowed ? "must not be negative" : "must be more than 0");
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw new Invalid(field, "must be at most " + MAX_AMOUNT.toPlainString());
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** How many of an item: one when not given; more than 0, at most 999, two decimals at most. */
    static BigDecimal quantity(BigDecimal value) {
        BigDecimal qty = value == null ? BigDecimal.ONE : value;
        if (qty.signum() <= 0 || qty.compareTo(MAX_QUANTITY) > 0 || qty.scale() > 2) {
            throw new Invalid("quantity", "must be more than 0 and at most 999, with at most 2 decimals");
        }
        return qty;
    }

    /**
     * Only the last four digits of a card, and only those: a full card number is refused, never stored. Spaces and
     * dashes typed with them are dropped; a card receipt type needs them.
     */
    static String cardLast4(Code type, String typed) {
        String digits = blankToNull(typed) == null ? null : typed.replaceAll("[\\s-]", "");
        CardData.lastFourFault(digits).ifPresent(fault -> {
            throw new Invalid(
                    "cardLast4",
                    switch (fault) {
                        case FULL_CARD_NUMBER ->
                            "full card numbers are never accepted; enter only the last four digits";
                        case NOT_FOUR_DIGITS -> "enter exactly the last four digits of the card";
                    });
        });
        if (type.card() && digits == null) {
            throw new Invalid("cardLast4", type.code() + " is a card: enter the card's last four digits");
        }
        return digits;
    }

    /** An amount as the desk's messages show it. */
    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
