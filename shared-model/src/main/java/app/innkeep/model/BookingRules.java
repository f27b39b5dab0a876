package app.innkeep.model;

import app.innkeep.model.FreeText.Limits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a booking, its guest and its folio postings, written once for both apps: what the standby takes while
 * cut off must pass the cloud's door when it is re-entered (a departure of 9999-12-31 once passed the desk and failed at
 * re-entry). Each rule gathers every fault into {@link Violations}, naming the field under the desk form's name; the
 * cloud's API names the same fields (a new guest's under {@code guest.}).
 */
public final class BookingRules {

    /** The longest stay either side books. */
    public static final int MAX_NIGHTS = 365;

    /** How far past the business date a stay may start or end, unless the cloud is set otherwise. */
    public static final Period HORIZON = Period.ofYears(2);

    /** The largest amount of money one field or one folio line holds: what the columns hold. */
    public static final String MAX_AMOUNT_TEXT = "99999999.99";

    public static final BigDecimal MAX_AMOUNT = new BigDecimal(MAX_AMOUNT_TEXT);

    /** The largest quantity of one charge. */
    public static final String MAX_QUANTITY_TEXT = "9999.99";

    public static final BigDecimal MAX_QUANTITY = new BigDecimal(MAX_QUANTITY_TEXT);

    public static final int MAX_ADULTS = 20;
    public static final int MAX_CHILDREN = 20;

    /** What a phone number may look like: digits, spaces and the usual punctuation, 3 to 40 of them. */
    public static final String PHONE_PATTERN = "[+0-9 ()./-]{3,40}";

    private static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private BookingRules() {}

    /**
     * The dates of a new stay: it starts on the business date or later, ends after it starts, lasts at most
     * {@value #MAX_NIGHTS} nights, and neither date lies past the horizon.
     */
    public static void newStay(
            Violations v, LocalDate arrival, LocalDate departure, LocalDate businessDate, Period horizon) {
        if (arrival != null && arrival.isBefore(businessDate)) {
            v.add("arrival", "is before the business date " + businessDate);
        }
        stay(v, arrival, departure);
        v.add("arrival", farAhead(arrival, businessDate, horizon));
        v.add("departure", farAhead(departure, businessDate, horizon));
    }

    /** Both dates there, departure after arrival, at most {@value #MAX_NIGHTS} nights. */
    public static void stay(Violations v, LocalDate arrival, LocalDate departure) {
        if (arrival == null) {
            v.add("arrival", "is required");
        }
        if (departure == null) {
            v.add("departure", "is required");
        } else if (arrival != null) {
            v.add("departure", nights(arrival, departure));
        }
    }

    /** What is wrong with the nights from arrival to departure (both given), or empty. */
    public static Optional<String> nights(LocalDate arrival, LocalDate departure) {
        if (!departure.isAfter(arrival)) {
            return Optional.of("must be after arrival (" + arrival + ")");
        }
        if (ChronoUnit.DAYS.between(arrival, departure) > MAX_NIGHTS) {
            return Optional.of("a stay is at most " + MAX_NIGHTS + " nights");
        }
        return Optional.empty();
    }

    /** A date past the last one bookable from this business date: a typo or a probe, not a guest. */
    public static Optional<String> farAhead(LocalDate date, LocalDate businessDate, Period horizon) {
        LocalDate last = businessDate.plus(horizon);
        if (date == null || !date.isAfter(last)) {
            return Optional.empty();
        }
        return Optional.of("is too far ahead: bookings are taken up to " + last + " (" + words(horizon)
                + " after the business date " + businessDate + ")");
    }

    /** The guest's part of a new booking or of a change to the guest: names, e-mail, phone, notes. */
    public static void guest(
            Violations v, String firstName, String lastName, String email, String phone, String notes) {
        name(v, "firstName", firstName);
        name(v, "lastName", lastName);
        String mail = blankToNull(email);
        v.add("email", FreeText.fault(mail, FreeText.Lines.SINGLE, Limits.EMAIL));
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            v.add("email", "is not an e-mail address");
        }
        String tel = blankToNull(phone);
        v.add("phone", FreeText.fault(tel, FreeText.Lines.SINGLE, Limits.PHONE));
        if (tel != null && !PHONE.matcher(tel).matches()) {
            v.add("phone", "must be a phone number");
        }
        notes(v, notes);
    }

    /** A booking's notes: several lines, no control characters, no card number, at most {@link Limits#NOTES}. */
    public static void notes(Violations v, String notes) {
        v.add("notes", FreeText.fault(blankToNull(notes), FreeText.Lines.MULTI, Limits.NOTES));
    }

    /** Guests in the room: at least one adult. */
    public static void occupancy(Violations v, Integer adults, Integer children) {
        if (adults == null || adults < 1 || adults > MAX_ADULTS) {
            v.add("adults", "must be 1 to " + MAX_ADULTS);
        }
        if (children != null && (children < 0 || children > MAX_CHILDREN)) {
            v.add("children", "must be 0 to " + MAX_CHILDREN);
        }
    }

    /**
     * Money as a person or a channel sends it: two decimals at most, not negative (nor zero unless allowed), at most
     * {@value #MAX_AMOUNT_TEXT}.
     */
    public static Optional<String> amount(BigDecimal value, boolean zeroAllowed) {
        if (value == null) {
            return Optional.of("is required");
        }
        if (value.scale() > 2) {
            return Optional.of("at most 2 decimals");
        }
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            return Optional.of(zeroAllowed ? "must not be negative" : "must be more than 0");
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            return Optional.of("must be at most " + MAX_AMOUNT_TEXT);
        }
        return Optional.empty();
    }

    /** How many of an item: more than 0, at most {@value #MAX_QUANTITY_TEXT}, two decimals at most. */
    public static Optional<String> quantity(BigDecimal value) {
        if (value != null && (value.signum() <= 0 || value.compareTo(MAX_QUANTITY) > 0 || value.scale() > 2)) {
            return Optional.of("must be more than 0 and at most " + MAX_QUANTITY_TEXT + ", with at most 2 decimals");
        }
        return Optional.empty();
    }

    /** The line a quantity at a unit price makes must fit in one amount. */
    public static Optional<String> lineTotal(BigDecimal total) {
        return total.compareTo(MAX_AMOUNT) > 0
                ? Optional.of("quantity x unitPrice is " + total.toPlainString() + "; one line holds at most "
                        + MAX_AMOUNT_TEXT)
                : Optional.empty();
    }

    private static void name(Violations v, String field, String value) {
        String name = blankToNull(value);
        if (name == null) {
            v.add(field, "is required");
        } else {
            v.add(field, FreeText.fault(name, FreeText.Lines.SINGLE, Limits.NAME));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A period in words: "2 years", "1 year 6 months". */
    public static String words(Period p) {
        StringBuilder sb = new StringBuilder();
        append(sb, p.getYears(), "year");
        append(sb, p.getMonths(), "month");
        append(sb, p.getDays(), "day");
        return sb.toString();
    }

    private static void append(StringBuilder sb, int n, String unit) {
        if (n != 0) {
            sb.append(sb.isEmpty() ? "" : " ")
                    .append(n)
                    .append(' ')
                    .append(unit)
                    .append(n == 1 ? "" : "s");
        }
    }
}
