package app.innkeep.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A booking's {@link Stay} as one value: what the cloud's booking row, the standby's desk booking and the outage
 * journal's booking each hold, written once. A record that holds it reads its fields as its own through {@link Held}.
 */
public record StayTerms(
        String source,
        String roomType,
        String room,
        LocalDate arrival,
        LocalDate departure,
        int adults,
        int children,
        BigDecimal rate,
        String cancelReason,
        String notes)
        implements Stay {

    /** The terms of any stay, as a value of their own. */
    public static StayTerms of(Stay s) {
        return new StayTerms(
                s.source(),
                s.roomType(),
                s.room(),
                s.arrival(),
                s.departure(),
                s.adults(),
                s.children(),
                s.rate(),
                s.cancelReason(),
                s.notes());
    }

    /** The same stay in another room (or none). */
    public StayTerms withRoom(String newRoom) {
        return new StayTerms(
                source, roomType, newRoom, arrival, departure, adults, children, rate, cancelReason, notes);
    }

    /** A record with the stay as its {@code terms} component, read as if the stay's fields were its own. */
    public interface Held extends Stay {

        StayTerms terms();

        @Override
        default String source() {
            return terms().source();
        }

        @Override
        default String roomType() {
            return terms().roomType();
        }

        @Override
        default String room() {
            return terms().room();
        }

        @Override
        default LocalDate arrival() {
            return terms().arrival();
        }

        @Override
        default LocalDate departure() {
            return terms().departure();
        }

        @Override
        default int adults() {
            return terms().adults();
        }

        @Override
        default int children() {
            return terms().children();
        }

        @Override
        default BigDecimal rate() {
            return terms().rate();
        }

        @Override
        default String cancelReason() {
            return terms().cancelReason();
        }

        @Override
        default String notes() {
            return terms().notes();
        }
    }
}
