package app.innkeep.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * The stay part of a booking, as the feed's booking and the outage journal's booking both carry it: where it came
 * from, the room, the nights, the guests, the rate, and why it was cancelled. Written once, here, in the same order
 * and under the same names for both (their golden files pin it).
 */
public interface Stay {

    String source();

    String roomType();

    String room();

    LocalDate arrival();

    LocalDate departure();

    int adults();

    int children();

    BigDecimal rate();

    String cancelReason();

    String notes();

    /** Hands each of the stay's fields, in the wire's order, to {@code field} (name, value; null values included). */
    static void write(Stay s, BiConsumer<String, Object> field) {
        field.accept("source", s.source());
        field.accept("roomType", s.roomType());
        field.accept("room", s.room());
        field.accept("arrival", s.arrival());
        field.accept("departure", s.departure());
        field.accept("adults", s.adults());
        field.accept("children", s.children());
        field.accept("rate", s.rate());
        field.accept("cancelReason", s.cancelReason());
        field.accept("notes", s.notes());
    }
}
