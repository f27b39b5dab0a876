package app.innkeep.standby.outage;

import app.innkeep.model.BookingRules;
import app.innkeep.model.CardData;
import app.innkeep.model.FreeText;
import app.innkeep.model.Violations;
import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.input.Invalid;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the desk's forms may hold, checked before anything is read or written: texts (the shared {@link FreeText}
 * rule: length, no control characters, no card number) and the card's last four digits ({@link CardData}); stays,
 * guests and amounts are the shared {@link BookingRules}', whose faults {@link #gather} collects with the rest, so a
 * form is refused once with all of them. The desk throws {@link Invalid} naming the fields.
 */
final class DeskInput {

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

    private static String text(String field, String value, int max, FreeText.Lines lines) {
        String v = blankToNull(value);
        FreeText.fault(v, lines, max).ifPresent(fault -> {
            throw new Invalid(field, fault);
        });
        return v;
    }

    /**
     * Runs a check that throws {@link Invalid} and gathers its faults instead, so a form's other faults are found too;
     * null when it refused.
     */
    static <T> T gather(Violations faults, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (Invalid invalid) {
            invalid.violations().forEach(v -> faults.add(v.field(), v.message()));
            return null;
        }
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
