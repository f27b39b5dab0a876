package app.innkeep.cloud.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.cloud.problem.Problem;
import app.innkeep.model.BookingStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StayTest {

    static final LocalDate MARCH_10 = LocalDate.parse("2026-03-10");

    @Test
    void aStayIsTheNightsFromArrivalUpToDeparture() {
        Stay stay = new Stay(MARCH_10, MARCH_10.plusDays(3));
        assertThat(stay.nights()).isEqualTo(3);
        assertThat(stay.eachNight()).containsExactly(MARCH_10, MARCH_10.plusDays(1), MARCH_10.plusDays(2));
    }

    @Test
    void departureMustFollowArrival() {
        assertThatThrownBy(() -> new Stay(MARCH_10, MARCH_10))
                .isInstanceOfSatisfying(
                        Problem.class,
                        p -> assertThat(p.fieldErrors())
                                .extracting(Problem.FieldError::field)
                                .containsExactly("departure"));
        assertThatThrownBy(() -> new Stay(MARCH_10, MARCH_10.minusDays(1))).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> new Stay(null, MARCH_10))
                .isInstanceOfSatisfying(
                        Problem.class,
                        p -> assertThat(p.fieldErrors().getFirst().field()).isEqualTo("arrival"));
    }

    @Test
    void aStayIsAtMostAYear() {
        assertThat(new Stay(MARCH_10, MARCH_10.plusDays(365)).nights()).isEqualTo(365);
        assertThatThrownBy(() -> new Stay(MARCH_10, MARCH_10.plusDays(366))).isInstanceOf(Problem.class);
    }

    @Test
    void staysThatShareANightOverlapAndBackToBackStaysDoNot() {
        Stay stay = new Stay(MARCH_10, MARCH_10.plusDays(2));
        assertThat(stay.overlaps(MARCH_10.plusDays(1), MARCH_10.plusDays(5))).isTrue();
        assertThat(stay.overlaps(MARCH_10.plusDays(2), MARCH_10.plusDays(4))).isFalse();
        assertThat(stay.overlaps(MARCH_10.minusDays(2), MARCH_10)).isFalse();
    }

    @Test
    void onlyReservedAndInHouseBookingsHoldRooms() {
        assertThat(BookingStatus.RESERVED.holdsInventory()).isTrue();
        assertThat(BookingStatus.CHECKED_IN.holdsInventory()).isTrue();
        assertThat(BookingStatus.CHECKED_OUT.holdsInventory()).isFalse();
        assertThat(BookingStatus.CANCELLED.holdsInventory()).isFalse();
        assertThat(BookingStatus.NO_SHOW.holdsInventory()).isFalse();
    }
}
