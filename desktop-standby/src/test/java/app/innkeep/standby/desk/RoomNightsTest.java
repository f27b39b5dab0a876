package app.innkeep.standby.desk;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.standby.desk.RoomNights.Held;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting a room type's nights: a night is sold out when the stays covering it fill every room of the type. */
class RoomNightsTest {

    static final LocalDate MONDAY = LocalDate.parse("2026-11-30");

    @Test
    void givenTwoRoomsAndOneStay_whenAGuestAsksForTheSameNights_thenARoomIsLeft() {
        var held = List.of(new Held(MONDAY, MONDAY.plusDays(2)));

        assertThat(RoomNights.firstSoldOutNight(2, held, MONDAY, MONDAY.plusDays(2)))
                .isEmpty();
    }

    @Test
    void givenTwoRoomsFullOnTuesdayOnly_whenAGuestAsksMondayToThursday_thenTuesdayIsNamed() {
        var held = List.of(new Held(MONDAY.plusDays(1), MONDAY.plusDays(2)), new Held(MONDAY, MONDAY.plusDays(3)));

        assertThat(RoomNights.firstSoldOutNight(2, held, MONDAY, MONDAY.plusDays(3)))
                .contains(MONDAY.plusDays(1));
    }

    @Test
    void givenAGuestLeavingOnMonday_whenAnotherArrivesOnMonday_thenTheRoomIsFreeThatNight() {
        var held = List.of(new Held(MONDAY.minusDays(2), MONDAY));

        assertThat(RoomNights.firstSoldOutNight(1, held, MONDAY, MONDAY.plusDays(1)))
                .isEmpty();
        assertThat(RoomNights.firstSoldOutNight(1, held, MONDAY.minusDays(1), MONDAY.plusDays(1)))
                .contains(MONDAY.minusDays(1));
    }

    @Test
    void givenNoRoomOfTheTypeInOrder_whenAGuestAsks_thenTheFirstNightIsSoldOut() {
        assertThat(RoomNights.firstSoldOutNight(0, List.of(), MONDAY, MONDAY.plusDays(1)))
                .contains(MONDAY);
    }
}
