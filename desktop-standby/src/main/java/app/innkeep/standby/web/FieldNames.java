package app.innkeep.standby.web;

import java.util.Locale;
import java.util.Map;

/**
 * A form field's name as the desk reads it on the page ("cardLast4" is "Card last four digits"), for the banner that
 * names every field a refusal is about.
 */
final class FieldNames {

    private static final Map<String, String> SPOKEN = Map.of(
            "cardLast4", "Card last four digits",
            "receiptType", "Paid by",
            "roomType", "Room type",
            "unitPrice", "Unit price",
            "email", "E-mail",
            "lineId", "Folio line");

    private FieldNames() {}

    /** The spoken name, or the field's own words: "firstName" is "First name". */
    static String label(String field) {
        String spoken = SPOKEN.get(field);
        if (spoken != null) {
            return spoken;
        }
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
