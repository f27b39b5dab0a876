package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The booking rules both apps call: every fault gathered, each naming its field. */
class BookingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aStayOfAtMost365NightsWithinTwoYearsIsTaken() {
        var faults = new Violations();
        BookingRules.newStay(faults, TODAY, TODAY.plusDays(365), TODAY, BookingRules.HORIZON);
        assertThat(faults.isEmpty()).isTrue();
    }

    @Test
    void aDepartureOf9999IsRefusedNamingTheDeparture() {
        var faults = new Violations();
        BookingRules.newStay(faults, TODAY.plusDays(1), LocalDate.of(9999, 12, 31), TODAY, BookingRules.HORIZON);
        assertThat(faults.list()).containsExactly(new Violation("departure", "a stay is at most 365 nights"));
    }

    @Test
    void anArrivalInThePastOrPastTheHorizonIsRefused() {
        var past = new Violations();
        BookingRules.newStay(past, TODAY.minusDays(1), TODAY.plusDays(1), TODAY, BookingRules.HORIZON);
        assertThat(past.list()).extracting(Violation::field).containsExactly("arrival");

        var far = new Violations();
        LocalDate last = TODAY.plusYears(2);
        BookingRules.newStay(far, last.plusDays(1), last.plusDays(2), TODAY, BookingRules.HORIZON);
        assertThat(far.list()).extracting(Violation::field).containsExactly("arrival", "departure");
        assertThat(far.list().getFirst().message()).contains("too far ahead").contains("2 years");
    }

    @Test
    void everyFaultOfAGuestIsGatheredOnePerField() {
        var faults = new Violations();
        BookingRules.guest(faults, " ", "N".repeat(81), "olaf-at-home", "call me", "card 4111 1111 1111 1111");
        BookingRules.occupancy(faults, 0, 21);
        assertThat(faults.list())
                .extracting(Violation::field)
                .containsExactly("firstName", "lastName", "email", "phone", "notes", "adults", "children");
    }

    @Test
    void amountsAreRefusedWhenNegativeZeroFinerThanCentsOrTooBig() {
        assertThat(BookingRules.amount(new BigDecimal("-1.00"), false)).contains("must be more than 0");
        assertThat(BookingRules.amount(new BigDecimal("-0.01"), true)).contains("must not be negative");
        assertThat(BookingRules.amount(BigDecimal.ZERO, false)).isPresent();
        assertThat(BookingRules.amount(BigDecimal.ZERO, true)).isEmpty();
        assertThat(BookingRules.amount(new BigDecimal("10.001"), true)).contains("at most 2 decimals");
        assertThat(BookingRules.amount(new BigDecimal("100000000.00"), true)).contains("must be at most 99999999.99");
        assertThat(BookingRules.amount(new BigDecimal("99999999.99"), true)).isEmpty();
    }

    @Test
    void aQuantityIsMoreThanZeroUpTo9999_99InCents() {
        assertThat(BookingRules.quantity(null)).isEmpty();
        assertThat(BookingRules.quantity(new BigDecimal("9999.99"))).isEmpty();
        assertThat(BookingRules.quantity(BigDecimal.ZERO)).isPresent();
        assertThat(BookingRules.quantity(new BigDecimal("10000"))).isPresent();
        assertThat(BookingRules.quantity(new BigDecimal("1.005"))).isPresent();
    }
}
