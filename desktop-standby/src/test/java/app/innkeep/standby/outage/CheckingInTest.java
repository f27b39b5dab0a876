package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskInputTest.refused;
import static app.innkeep.standby.outage.DeskOnPaper.TODAY;
import static app.innkeep.standby.outage.DeskOnPaper.arriving;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.standby.desk.BookingOrigin;
import app.innkeep.standby.desk.DeskBooking;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Check-in: only an arriving booking, only into a ready room, never into a room another booking holds. */
class CheckingInTest {

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .room("101", Housekeeping.CLEAN, false)
            .room("102", Housekeeping.INSPECTED, false)
            .room("103", Housekeeping.DIRTY, false)
            .room("104", Housekeeping.CLEAN, true);

    @Test
    void anArrivingGuestIsCheckedIntoTheBookingsRoom() {
        desk.booking(arriving("100042"));

        var done = desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", null);

        DeskBooking after = desk.held.bookings.get("100042");
        assertThat(after.status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(after.room()).isEqualTo("101");
        assertThat(after.origin()).as("a cloud booking changed here").isEqualTo(BookingOrigin.CHANGED);
        assertThat(done.message()).isEqualTo("Checked in Gonçalves, Maria to room 101.");
        assertThat(desk.held.journal.values()).extracting(JournalEntry::action).containsExactly("CHECK_IN");
    }

    @Test
    void aGuestMayBeGivenAnotherReadyRoom() {
        desk.booking(arriving("100042"));

        desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", " 102 ");

        assertThat(desk.held.bookings.get("100042").room()).isEqualTo("102");
    }

    @Test
    void onlyAReservedBookingWhoseStayHasBegunAndNotEndedIsCheckedIn() {
        desk.booking(arriving("100042")
                        .with(BookingStatus.RESERVED, "STD", "101", TODAY.plusDays(1), TODAY.plusDays(3), rate(), null))
                .booking(arriving("100043")
                        .with(BookingStatus.RESERVED, "STD", "102", TODAY.minusDays(3), TODAY, rate(), null))
                .booking(arriving("100044")
                        .with(BookingStatus.CANCELLED, "STD", "101", TODAY, TODAY.plusDays(1), rate(), "x"))
                .booking(arriving("100045")
                        .with(BookingStatus.CHECKED_IN, "STD", "102", TODAY, TODAY.plusDays(1), rate(), null));

        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", null), "room")
                .hasMessageContaining("arrives on 2026-11-24");
        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100043", null), "room")
                .hasMessageContaining("stay ended");
        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100044", null), "status")
                .hasMessageContaining("only a RESERVED booking can be checked in");
        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100045", null), "status");
        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "999999", null), "confirmation");
        assertThat(desk.held.journal).isEmpty();
    }

    @Test
    void lateArrivalsAreCheckedInTheDayTheyCome() {
        desk.booking(arriving("100042")
                .with(BookingStatus.RESERVED, "STD", "101", TODAY.minusDays(1), TODAY.plusDays(1), rate(), null));

        desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", null);

        assertThat(desk.held.bookings.get("100042").status()).isEqualTo(BookingStatus.CHECKED_IN);
    }

    @Test
    void onlyIntoARoomThatIsCleanOrInspectedAndInOrder() {
        desk.booking(arriving("100042"));

        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", "103"), "room")
                .hasMessageContaining("room 103 is dirty");
        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", "104"), "room")
                .hasMessageContaining("out of order");
        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", "999"), "room")
                .hasMessageContaining("there is no room 999");
        assertThat(desk.held.bookings.get("100042").status()).isEqualTo(BookingStatus.RESERVED);
    }

    @Test
    void neverIntoARoomAnotherBookingHoldsForOneOfTheNights() {
        desk.booking(arriving("100042"))
                .booking(arriving("100043")
                        .with(
                                BookingStatus.CHECKED_IN,
                                "STD",
                                "102",
                                TODAY.minusDays(1),
                                TODAY.plusDays(1),
                                rate(),
                                null));

        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", "102"), "room")
                .hasMessageContaining("held by booking 100043");
        desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", "101");
        assertThat(desk.held.bookings.get("100042").room())
                .as("its own room is no clash")
                .isEqualTo("101");
    }

    @Test
    void aBookingWithoutARoomNeedsOneChosen() {
        desk.booking(
                arriving("100042").with(BookingStatus.RESERVED, "STD", null, TODAY, TODAY.plusDays(2), rate(), null));

        refused(() -> desk.checkingIn.checkIn(DESK, DeskAction.newEntryId(), "100042", " "), "room")
                .hasMessage("choose a room");
    }

    private static BigDecimal rate() {
        return new BigDecimal("89.00");
    }
}
