package app.innkeep.cloud.booking;

import app.innkeep.cloud.problem.Problem;
import app.innkeep.model.BookingRules;
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
        Problem.refuse(field, BookingRules.farAhead(date, businessDate, horizon));
    }

    /** The horizon, for the shared rule that checks a new stay's dates all at once. */
    Period period() {
        return horizon;
    }
}
