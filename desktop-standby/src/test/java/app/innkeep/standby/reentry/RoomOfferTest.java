package app.innkeep.standby.reentry;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.Housekeeping;
import app.innkeep.standby.desk.DeskRoom;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomOfferTest {

    private static final LocalDate ARRIVAL = LocalDate.parse("2026-12-12");
    private static final LocalDate DEPARTURE = LocalDate.parse("2026-12-14");

    @Test
    void offersOnlyFreeCleanRoomsOfTheBookingsType() {
        var clean = room("101", "STD", Housekeeping.CLEAN, false);
        var inspected = room("102", "STD", Housekeeping.INSPECTED, false);
        var dirty = room("103", "STD", Housekeeping.DIRTY, false);
        var deluxe = room("201", "DLX", Housekeeping.CLEAN, false);
        var occupied = room("104", "STD", Housekeeping.CLEAN, false);

        RoomOffer offer = RoomOffer.of(
                "STD",
                ARRIVAL,
                DEPARTURE,
                List.of(clean, inspected, dirty, occupied, deluxe),
                List.of(clean, inspected, dirty, deluxe));

        assertThat(offer.rooms()).containsExactly(clean, inspected);
        assertThat(offer.noneBecause()).isNull();
    }

    @Test
    void saysWhyWhenNoCleanRoomOfTheTypeIsFree() {
        var dirty1 = room("101", "STD", Housekeeping.DIRTY, false);
        var dirty2 = room("102", "STD", Housekeeping.DIRTY, false);
        var broken = room("103", "STD", Housekeeping.CLEAN, true);
        List<DeskRoom> occupied = List.of(
                room("104", "STD", Housekeeping.CLEAN, false),
                room("105", "STD", Housekeeping.CLEAN, false),
                room("106", "STD", Housekeeping.DIRTY, false));
        var deluxe = room("201", "DLX", Housekeeping.CLEAN, false);
        List<DeskRoom> active = new java.util.ArrayList<>(List.of(dirty1, dirty2, broken, deluxe));
        active.addAll(occupied);

        RoomOffer offer = RoomOffer.of("STD", ARRIVAL, DEPARTURE, active, List.of(dirty1, dirty2, deluxe));

        assertThat(offer.rooms()).isEmpty();
        assertThat(offer.noneBecause())
                .isEqualTo("no clean STD room free for 12 Dec–14 Dec: 2 dirty, 3 occupied, 1 out of order");
    }

    @Test
    void saysSoWhenThePropertyHasNoRoomOfTheType() {
        RoomOffer offer = RoomOffer.of(
                "SUITE", ARRIVAL, DEPARTURE, List.of(room("101", "STD", Housekeeping.CLEAN, false)), List.of());

        assertThat(offer.noneBecause())
                .isEqualTo("no clean SUITE room free for 12 Dec–14 Dec: the property has no SUITE room");
    }

    private static DeskRoom room(String number, String type, Housekeeping housekeeping, boolean outOfOrder) {
        return new DeskRoom(number, type, housekeeping, outOfOrder, null, null);
    }
}
