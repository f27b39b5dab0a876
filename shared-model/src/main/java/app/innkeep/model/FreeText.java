package app.innkeep.model;

import java.util.Optional;

/**
 * What any text a person or a channel sends may contain, wherever it is kept: no control characters (a NUL breaks
 * PostgreSQL, the others break printouts and logs), no unpaired UTF-16 surrogates (they are not Unicode and cannot be
 * written as UTF-8, so one such name once stopped every snapshot of its property) and no card number
 * ({@link CardData}). Line breaks and tabs are allowed only where a field is multi-line.
 */
public final class FreeText {

    /** Written instead of what cannot be UTF-8: the Unicode replacement character. */
    public static final char REPLACEMENT = '\uFFFD';

    private FreeText() {}

    /**
     * The longest text each kind of field holds, the same on the desk's forms and in the cloud's API: what the
     * standby takes during an outage must fit when it is re-entered into the cloud.
     */
    public static final class Limits {
        public static final int NAME = 80;
        public static final int EMAIL = 160;
        public static final int PHONE = 40;
        public static final int NOTES = 500;
        public static final int REASON = 200;
        public static final int DESCRIPTION = 200;

        private Limits() {}
    }

    /** Whether line breaks and tabs belong in a field. */
    public enum Lines {
        SINGLE,
        MULTI
    }

    /** What is wrong with the text, in words for the caller, or empty when it may be kept. */
    public static Optional<String> fault(String text, Lines lines) {
        return unreadable(text, lines).or(() -> cardNumber(text));
    }

    /** The same rule with a length limit, checked first: the limits of a field are the same in both apps. */
    public static Optional<String> fault(String text, Lines lines, int maxLength) {
        if (text != null && text.length() > maxLength) {
            return Optional.of("at most " + maxLength + " characters");
        }
        return fault(text, lines);
    }

    /**
     * The card part of the rule alone: a full card number anywhere in the text (a UUID is not one). For a service that
     * checks again what the request screening already checked, so no caller can store one by going round it.
     */
    public static Optional<String> cardNumber(String text) {
        return text != null && !isUuid(text) && CardData.containsCardNumber(text)
                ? Optional.of(CARD_NUMBER)
                : Optional.empty();
    }

    private static final String CARD_NUMBER =
            "must not contain a card number; only the last four digits or a provider token are kept";

    /**
     * The same rule without the card-number part, for secrets that are hashed and never shown (a password made of
     * digits may pass the Luhn check by chance).
     */
    public static Optional<String> unreadable(String text, Lines lines) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(
                        "must be valid Unicode text (has an unpaired surrogate \\u" + Integer.toHexString(c) + ")");
            } else if (Character.getType(c) == Character.CONTROL && !(lines == Lines.MULTI && isLineSpace(c))) {
                return Optional.of(
                        "must not contain control characters (found \\u" + String.format("%04x", (int) c) + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * The text with every unpaired surrogate replaced by {@link #REPLACEMENT}, so it can be written as UTF-8. For text
     * stored before input was screened; the same object when there was nothing to replace.
     */
    public static String repaired(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * An identifier such as a journal entry's UUID is not a card number, though its digit groups, read together,
     * pass the Luhn check about one time in ten.
     */
    private static boolean isUuid(String text) {
        return UUID.matcher(text).matches();
    }

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static boolean isLineSpace(char c) {
        return c == '\n' || c == '\r' || c == '\t';
    }
}
