package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskInputTest.refused;
import static app.innkeep.standby.outage.DeskOnPaper.TODAY;
import static app.innkeep.standby.outage.DeskOnPaper.arriving;
import static app.innkeep.standby.outage.DeskOnPaper.inHouse;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.standby.desk.FolioEntry;
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
        var done = desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", null, null);

        assertThat(desk.held.bookings.get("100042").status()).isEqualTo(BookingStatus.CHECKED_OUT);
        assertThat(desk.postedHere()).isEmpty();
        assertThat(done.message()).isEqualTo("Checked out Gonçalves, Maria from room 101.");
    }

    @Test
    void theRoomJustLeftIsDirtyAndTheChangeIsJournaledForReentry() {
        String entryId = DeskAction.newEntryId();

        desk.checkingOut.checkOut(DESK, entryId, "100042", null, null);

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

        var done = desk.checkingOut.checkOut(DESK, entryId, "100042", "VISA", "4242");

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

        refused(() -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", " ", null), "receiptType")
                .hasMessage("the balance is 89.00: choose how the guest pays it");
        refused(() -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", "AMEX", null), "receiptType")
                .hasMessageContaining("not active");
        refused(() -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", "VISA", null), "cardLast4");
        assertThat(desk.held.bookings.get("100042").status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(desk.postedHere()).isEmpty();
    }

    @Test
    void aGuestWhoIsOwedMoneyIsRefundedBeforeCheckingOut() {
        desk.line("100042", 8, LineKind.PAYMENT, "CASH", "100.00").line("100042", 7, LineKind.CHARGE, "RENT", "89.00");

        refused(() -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100042", "CASH", null), "receiptType")
                .hasMessageContaining("the guest is owed 11.00");
    }

    @Test
    void onlyAGuestInTheHouseChecksOut() {
        desk.booking(arriving("100043"));

        refused(() -> desk.checkingOut.checkOut(DESK, DeskAction.newEntryId(), "100043", null, null), "status")
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

        desk.checkingOut.checkOut(DESK, entryId, "100042", "CASH", null);
        var again = desk.checkingOut.checkOut(DESK, entryId, "100042", "CASH", null);

        assertThat(again.repeated()).isTrue();
        assertThat(desk.postedHere()).extracting(FolioEntry::amount).containsExactly(new BigDecimal("89.00"));
    }
}
