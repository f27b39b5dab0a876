package app.innkeep.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter the property sends its guests: plain text with {@code {placeholders}}, kept in the cloud and printed on
 * both sides (ADR 0018). The rules here are the cloud's when it takes a template and the standby's when it prints one,
 * so both agree on what a name, a placeholder and a size may be.
 */
public record LetterTemplate(String name, String title, String body) {

    public static final String CONFIRMATION = "confirmation";
    public static final String CANCELLATION = "cancellation";
    /** The receipt, the cover letter of a folio. */
    public static final String RECEIPT = "receipt";

    /** Every property has these; they can be rewritten but not deleted. */
    public static final List<String> STANDARD = List.of(CONFIRMATION, CANCELLATION, RECEIPT);

    public static final String NAME_PATTERN = "[a-z][a-z0-9-]{1,39}";
    public static final String NAME_RULE = "2 to 40 lower-case letters, digits or dashes, starting with a letter";
    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 8000;

    /**
     * The placeholders a letter may name. Any letter may name any of them: one the booking at hand lacks (a cancel
     * reason on a confirmation, a room not yet given) prints as written, so it shows on paper instead of vanishing.
     */
    public static final List<String> PLACEHOLDERS = List.of(
            "firstName",
            "lastName",
            "guestName",
            "confirmation",
            "arrival",
            "departure",
            "nights",
            "room",
            "roomType",
            "rate",
            "currency",
            "adults",
            "children",
            "source",
            "status",
            "cancelReason",
            "charges",
            "payments",
            "balance",
            "propertyName",
            "today",
            "clerk");

    /** A placeholder: a name in braces, without braces or white space inside (as the printed letter reads it). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)}");

    private static final Set<String> KNOWN = Set.copyOf(PLACEHOLDERS);

    public static boolean isStandard(String name) {
        return STANDARD.contains(name);
    }

    /** The placeholders {@code body} names that are not in {@link #PLACEHOLDERS}, each once, in the order written. */
    public static List<String> unknownPlaceholders(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        if (body != null) {
            Matcher m = PLACEHOLDER.matcher(body);
            while (m.find()) {
                if (!KNOWN.contains(m.group(1))) {
                    unknown.add(m.group(1));
                }
            }
        }
        return new ArrayList<>(unknown);
    }

    /**
     * The text a standard letter starts with, for every property until its admin rewrites it; in the shared model so
     * the cloud's seed and the standby's fallback (before the cloud has sent the letter) print the same.
     */
    public static LetterTemplate standard(String name) {
        return switch (name) {
            case CONFIRMATION -> new LetterTemplate(CONFIRMATION, "Booking confirmation", """
                        Dear {firstName} {lastName},

                        thank you for choosing {propertyName}. We are pleased to confirm your booking:

                        Confirmation number: {confirmation}
                        Arrival: {arrival}
                        Departure: {departure} ({nights} nights)
                        Room: {roomType} {room}
                        Guests: {adults} adults, {children} children
                        Rate: {rate} {currency} per night

                        Check-in is from 15:00, check-out until 11:00. If your plans change, please let us know.

                        We look forward to welcoming you.

                        Kind regards,
                        {clerk}
                        {propertyName}""");
            case CANCELLATION -> new LetterTemplate(CANCELLATION, "Cancellation", """
                        Dear {firstName} {lastName},

                        as requested, we have cancelled your booking at {propertyName}:

                        Confirmation number: {confirmation}
                        Arrival: {arrival}
                        Departure: {departure}
                        Reason: {cancelReason}

                        We hope to welcome you another time.

                        Kind regards,
                        {clerk}
                        {propertyName}""");
            case RECEIPT -> new LetterTemplate(RECEIPT, "Receipt", """
                        Dear {firstName} {lastName},

                        thank you for staying with us at {propertyName}. Your folio for booking {confirmation}
                        ({arrival} to {departure}, room {room}) is enclosed:

                        Charges: {charges} {currency}
                        Payments: {payments} {currency}
                        Balance: {balance} {currency}

                        We hope to see you again soon.

                        Kind regards,
                        {clerk}
                        {propertyName}""");
            default -> throw new IllegalArgumentException("no standard letter named " + name);
        };
    }
}
