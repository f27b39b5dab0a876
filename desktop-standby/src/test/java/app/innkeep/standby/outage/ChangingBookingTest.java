package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskInputTest.refused;
import static app.innkeep.standby.outage.DeskOnPaper.TODAY;
import static app.innkeep.standby.outage.DeskOnPaper.arriving;
import static app.innkeep.standby.outage.DeskOnPaper.inHouse;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.standby.outage.ChangingBooking.Change;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Changing a booking: dates, room and rate, within what a stay in the house or an arrival allows. */
class ChangingBookingTest {

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .room("101", Housekeeping.CLEAN, false)
            .room("102", Housekeeping.DIRTY, false)
            .room("103", Housekeeping.CLEAN, false)
            .booking(inHouse("100042"))
            .booking(arriving("100043")
                    .with(BookingStatus.RESERVED, "STD", "103", TODAY.plusDays(1), TODAY.plusDays(3), null, null));

    @Test
    void anInHouseGuestStaysLongerAndKeepsTheArrival() {
        desk.changingBooking.change(DESK, id(), "100042", new Change(null, TODAY.plusDays(4), null, null));

        assertThat(desk.held.bookings.get("100042").departure()).isEqualTo(TODAY.plusDays(4));
        refused(() -> desk.changingBooking.change(DESK, id(), "100042", new Change(TODAY, null, null, null)), "arrival")
                .hasMessageContaining("already checked in");
    }

    @Test
    void anInHouseGuestMovesOnlyToACleanRoomNobodyHolds() {
        refused(() -> desk.changingBooking.change(DESK, id(), "100042", new Change(null, null, "102", null)), "room")
                .hasMessageContaining("dirty");
        refused(
                        () -> desk.changingBooking.change(
                                DESK, id(), "100042", new Change(null, TODAY.plusDays(3), "103", null)),
                        "room")
                .hasMessageContaining("held by booking 100043");
    }

    @Test
    void anArrivalMovesButNotIntoThePast() {
        refused(
                        () -> desk.changingBooking.change(
                                DESK, id(), "100043", new Change(TODAY.minusDays(1), null, null, null)),
                        "arrival")
                .hasMessageContaining("before the business date");
        refused(
                        () -> desk.changingBooking.change(
                                DESK, id(), "100043", new Change(null, TODAY.plusDays(1), null, null)),
                        "departure")
                .hasMessageContaining("after arrival");

        desk.changingBooking.change(DESK, id(), "100043", new Change(TODAY, null, null, new BigDecimal("79.50")));

        assertThat(desk.held.bookings.get("100043").arrival()).isEqualTo(TODAY);
        assertThat(desk.held.bookings.get("100043").rate()).isEqualTo(new BigDecimal("79.50"));
    }

    @Test
    void aDepartureTheCloudWouldRefuseIsRefusedHere() {
        refused(
                        () -> desk.changingBooking.change(
                                DESK,
                                id(),
                                "100043",
                                new Change(null, java.time.LocalDate.of(9999, 12, 31), null, null)),
                        "departure")
                .hasMessageContaining("at most 365 nights");
        refused(
                        () -> desk.changingBooking.change(
                                DESK, id(), "100043", new Change(null, TODAY.plusDays(3), null, new BigDecimal("-1"))),
                        "rate")
                .satisfies(e -> assertThat(((app.innkeep.standby.input.Invalid) e).violations())
                        .extracting(app.innkeep.model.Violation::field)
                        .containsExactly("rate"));
        assertThat(desk.held.journal).isEmpty();
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        refused(
                        () -> desk.changingBooking.change(DESK, id(), "100042", new Change(null, null, null, null)),
                        "departure")
                .hasMessage("nothing was changed");
        assertThat(desk.held.journal).isEmpty();
    }

    private static String id() {
        return DeskAction.newEntryId();
    }
}
