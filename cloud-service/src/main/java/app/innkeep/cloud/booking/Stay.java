package app.innkeep.cloud.booking;

import app.innkeep.cloud.problem.Problem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** The nights of a booking: from arrival up to, not including, departure. */
public record Stay(LocalDate arrival, LocalDate departure) {

    public static final int MAX_NIGHTS = 365;

    public Stay {
        if (arrival == null) {
            throw Problem.invalid("arrival", "is required");
        }
        if (departure == null) {
            throw Problem.invalid("departure", "is required");
        }
        if (!departure.isAfter(arrival)) {
            throw Problem.invalid("departure", "must be after arrival (" + arrival + ")");
        }
        if (ChronoUnit.DAYS.between(arrival, departure) > MAX_NIGHTS) {
            throw Problem.invalid("departure", "a stay is at most " + MAX_NIGHTS + " nights");
        }
    }

    public long nights() {
        return ChronoUnit.DAYS.between(arrival, departure);
    }

    public Stream<LocalDate> eachNight() {
        return arrival.datesUntil(departure);
    }

    public boolean overlaps(LocalDate otherArrival, LocalDate otherDeparture) {
        return arrival.isBefore(otherDeparture) && otherArrival.isBefore(departure);
    }
}
