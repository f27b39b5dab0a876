package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskInputTest.refused;
import static app.innkeep.standby.outage.DeskOnPaper.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import app.innkeep.standby.outage.TakingWalkIn.WalkIn;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A walk-in: a D-number, checked in at once into a ready room tonight, at the room type's price unless given one. */
class TakingWalkInTest {

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .room("101", Housekeeping.CLEAN, false)
            .room("102", Housekeeping.DIRTY, false)
            .code("room-type", "STD", "100.00", false)
            .code("source", "WALKIN", null, false);

    @Test
    void aWalkInGetsADNumberAndIsCheckedInAtTheRoomTypesPrice() {
        var done = desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("101", TODAY.plusDays(2)));

        assertThat(done.bookingRef()).isEqualTo("D1001");
        DeskBooking booking = desk.held.bookings.get("D1001");
        assertThat(booking.status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(booking.origin()).isEqualTo(BookingOrigin.WALK_IN);
        assertThat(booking.source()).isEqualTo("WALKIN");
        assertThat(booking.arrival()).isEqualTo(TODAY);
        assertThat(booking.rate()).isEqualTo(new BigDecimal("100.00"));
        assertThat(desk.held.journal.values()).extracting(JournalEntry::action).containsExactly("WALK_IN");
    }

    @Test
    void aWalkInStaysAtLeastOneNightAndAtMost365AsInTheCloud() {
        refused(() -> desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("101", TODAY)), "departure");
        refused(() -> desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("101", null)), "departure");
        refused(
                        () -> desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("101", TODAY.plusDays(366))),
                        "departure")
                .hasMessageContaining("at most 365 nights");
        assertThat(desk.held.bookings).isEmpty();
    }

    @Test
    void aWalkInTakesOnlyAReadyRoomNobodyHolds() {
        refused(() -> desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("102", TODAY.plusDays(1))), "room")
                .hasMessageContaining("dirty");
        desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("101", TODAY.plusDays(1)));

        refused(() -> desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), walkIn("101", TODAY.plusDays(1))), "room")
                .hasMessageContaining("held by booking D1001");
        assertThat(desk.held.bookings).hasSize(1);
    }

    @Test
    void theGuestsDetailsAreChecked() {
        WalkIn noName = new WalkIn(" ", "Lovelace", null, null, "101", TODAY.plusDays(1), 1, 0, null, null, null);
        WalkIn badEmail =
                new WalkIn("Ada", "Lovelace", "ada-at-home", null, "101", TODAY.plusDays(1), 1, 0, null, null, null);
        WalkIn noAdult = new WalkIn("Ada", "Lovelace", null, null, "101", TODAY.plusDays(1), 0, 0, null, null, null);
        WalkIn unknownSource =
                new WalkIn("Ada", "Lovelace", null, null, "101", TODAY.plusDays(1), 1, 0, null, "PIGEON", null);

        refused(() -> desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), noName), "firstName");
        refused(() -> desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), badEmail), "email");
        refused(() -> desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), noAdult), "adults");
        refused(() -> desk.takingWalkIn.take(DESK, DeskAction.newEntryId(), unknownSource), "source");
        assertThat(desk.held.journal).isEmpty();
    }

    private static WalkIn walkIn(String room, java.time.LocalDate departure) {
        return new WalkIn("Ada", "Lovelace", null, null, room, departure, 1, 0, null, null, null);
    }
}
