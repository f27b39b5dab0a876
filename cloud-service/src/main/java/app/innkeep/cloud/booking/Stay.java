package app.innkeep.cloud.booking;

import app.innkeep.cloud.problem.Problem;
import app.innkeep.model.BookingRules;
import app.innkeep.model.Violations;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** The nights of a booking: from arrival up to, not including, departure; checked by the shared {@link BookingRules}. */
public record Stay(LocalDate arrival, LocalDate departure) {

    public Stay {
        var faults = new Violations();
        BookingRules.stay(faults, arrival, departure);
        Problem.refuse(faults);
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
