package app.innkeep.cloud.booking;

import app.innkeep.cloud.problem.Problem;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * How far ahead a booking may be taken ({@code innkeep.booking.horizon}, an ISO period, two years unless set). An
 * arrival in the year 3000 is a typo or a probe, not a guest, and its room nights would be kept for nothing; the rule
 * is the same for the desk, channels, changes and re-entries, which all pass through {@link TakingBooking} and {@link ChangingBooking}.
 */
@Singleton
public class BookingHorizon {

    private final Period horizon;

    public BookingHorizon(@Value("${innkeep.booking.horizon:P2Y}") String horizon) {
        try {
            this.horizon = Period.parse(horizon);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "innkeep.booking.horizon must be an ISO period such as P2Y or P18M, not " + horizon, e);
        }
        if (this.horizon.isNegative() || this.horizon.isZero()) {
            throw new IllegalArgumentException("innkeep.booking.horizon must be longer than zero, not " + horizon);
        }
    }

    /** Refuses a date after the last day bookable from this business date, naming the field it came from. */
    void require(String field, LocalDate date, LocalDate businessDate) {
        LocalDate last = businessDate.plus(horizon);
        if (date != null && date.isAfter(last)) {
            throw Problem.invalid(
                    field,
                    "is too far ahead: bookings are taken up to " + last + " (" + words(horizon)
                            + " after the business date " + businessDate + ")");
        }
    }

    private static String words(Period p) {
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
