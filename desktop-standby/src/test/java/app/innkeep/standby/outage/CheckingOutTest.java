package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskInputTest.refused;
import static app.innkeep.standby.outage.DeskOnPaper.TODAY;
import static app.innkeep.standby.outage.DeskOnPaper.arriving;
import static app.innkeep.standby.outage.DeskOnPaper.inHouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.input.Unconfirmed;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Check-out: only an in-house guest, only with the balance at zero or settled by a payment on the way out. */
class CheckingOutTest {

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .room("101", Housekeeping.CLEAN, false)
            .code("receipt-type", "CASH", null, false)
            .code("receipt-type", "VISA", null, true)
            .booking(inHouse("100042"));

    @Test
    void aGuestWithNothingToPayChecksOutWithoutAPayment() {
        var done = desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", null, null, true);

        assertThat(desk.held.bookings.get("100042").status()).isEqualTo(BookingStatus.CHECKED_OUT);
        assertThat(desk.postedHere()).isEmpty();
        assertThat(done.message()).isEqualTo("Checked out Gonçalves, Maria from room 101.");
    }

    @Test
    void theRoomJustLeftIsDirtyAndTheChangeIsJournaledForReentry() {
        String entryId = DeskAction.newEntryId();

        desk.checkingOut.checkOut(DESK, entryId, "100042", null, null, true);

        assertThat(desk.held.rooms.get("101").housekeeping()).isEqualTo(Housekeeping.DIRTY);
        assertThat(desk.held.journal.values())
                .extracting(JournalEntry::action)
                .containsExactly("CHECK_OUT", "ROOM_STATUS");
        assertThat(desk.held.journal).containsKey(CheckingOut.housekeepingEntryId(entryId));
    }

    @Test
    void anOpenBalanceIsSettledByAPaymentJournaledOnItsOwn() {
        desk.line("100042", 7, LineKind.CHARGE, "RENT", "89.00");
        String entryId = DeskAction.newEntryId();

        var done = desk.checkingOut.checkOut(DESK, entryId, "100042", "VISA", "4242", true);

        assertThat(desk.postedHere()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LineKind.PAYMENT);
            assertThat(p.amount()).isEqualByComparingTo("89.00");
            assertThat(p.cardLast4()).isEqualTo("4242");
        });
        assertThat(desk.balance("100042")).isZero();
        assertThat(desk.held.journal.values())
                .extracting(JournalEntry::action)
                .containsExactly("PAYMENT", "CHECK_OUT", "ROOM_STATUS");
        assertThat(desk.held.journal).containsKey(entryId).containsKey(CheckingOut.settlementEntryId(entryId));
        assertThat(done.message()).endsWith("Settled 89.00 by VISA.");
    }

    @Test
    void anOpenBalanceWithoutAWayToPayIsRefused() {
        desk.line("100042", 7, LineKind.CHARGE, "RENT", "89.00");

        refused(
                        () -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", " ", null, true),
                        "receiptType")
                .hasMessage("the balance is 89.00: choose how the guest pays it");
        refused(
                        () -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", "AMEX", null, true),
                        "receiptType")
                .hasMessageContaining("not active");
        refused(
                () -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", "VISA", null, true),
                "cardLast4");
        assertThat(desk.held.bookings.get("100042").status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(desk.postedHere()).isEmpty();
    }

    @Test
    void aGuestWhoIsOwedMoneyIsRefundedBeforeCheckingOut() {
        desk.line("100042", 8, LineKind.PAYMENT, "CASH", "100.00").line("100042", 7, LineKind.CHARGE, "RENT", "89.00");

        refused(
                        () -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", "CASH", null, true),
                        "receiptType")
                .hasMessageContaining("the guest is owed 11.00");
    }

    @Test
    void onlyAGuestInTheHouseChecksOut() {
        desk.booking(arriving("100043"));

        refused(() -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100043", null, null, true), "status")
                .hasMessageContaining("only a CHECKED_IN booking can be checked out");
    }

    @Test
    void theStayEndsTodayWhenTheGuestLeavesEarlyAndLastsAtLeastOneNight() {
        var booking = inHouse("100042"); // arrived yesterday, leaves tomorrow
        assertThat(CheckingOut.departure(booking, TODAY)).as("leaving early").isEqualTo(TODAY);
        assertThat(CheckingOut.departure(booking, TODAY.plusDays(1)))
                .as("on the day")
                .isEqualTo(TODAY.plusDays(1));
        assertThat(CheckingOut.departure(booking, TODAY.plusDays(3))).as("late").isEqualTo(TODAY.plusDays(1));
        assertThat(CheckingOut.departure(booking, TODAY.minusDays(1)))
                .as("on the day of arrival")
                .isEqualTo(TODAY);
    }

    @Test
    void aResentCheckOutSettlesOnce() {
        desk.line("100042", 7, LineKind.CHARGE, "RENT", "89.00");
        String entryId = DeskAction.newEntryId();

        desk.checkingOut.checkOut(DESK, entryId, "100042", "CASH", null, true);
        var again = desk.checkingOut.checkOut(DESK, entryId, "100042", "CASH", null, true);

        assertThat(again.repeated()).isTrue();
        assertThat(desk.postedHere()).extracting(FolioEntry::amount).containsExactly(new BigDecimal("89.00"));
    }

    @Test
    void leavingBeforeTheDepartureDateAsksAndChangesNothingUntilTheClerkSaysYes() {
        assertThatThrownBy(() -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", null, null, false))
                .isInstanceOf(Unconfirmed.class)
                .hasMessage("Departure is 24 Nov; check out today (23 Nov) and shorten the stay by 1 night?")
                .satisfies(e -> assertThat(((Unconfirmed) e).confirmField()).isEqualTo(CheckingOut.CONFIRM_EARLY));
        assertThat(desk.held.bookings.get("100042").status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(desk.held.journal).isEmpty();

        desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", null, null, true);

        assertThat(desk.held.bookings.get("100042").status()).isEqualTo(BookingStatus.CHECKED_OUT);
        assertThat(desk.held.bookings.get("100042").departure()).isEqualTo(TODAY);
    }

    @Test
    void leavingOnTheDepartureDateAsksNothing() {
        desk.booking(inHouse("100044")
                .with(
                        BookingStatus.CHECKED_IN,
                        "STD",
                        "101",
                        TODAY.minusDays(1),
                        TODAY,
                        new BigDecimal("89.00"),
                        null));

        desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100044", null, null, false);

        assertThat(desk.held.bookings.get("100044").status()).isEqualTo(BookingStatus.CHECKED_OUT);
    }
}
