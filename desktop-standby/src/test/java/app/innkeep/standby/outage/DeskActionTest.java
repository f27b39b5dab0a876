package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskInputTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.standby.input.Invalid;
import app.innkeep.standby.outage.DeskAction.Done;
import app.innkeep.standby.staff.StaffLogin.DeskUser;
import app.innkeep.standby.staff.StaffRole;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The frame of every desk action: once per entry ID, all or nothing, only in outage mode. */
class DeskActionTest {

    static final DeskUser DESK = new DeskUser("dana", "Dana", StaffRole.FRONT_DESK, null);
    static final DeskUser AUDITOR = new DeskUser("nico", "Nico", StaffRole.NIGHT_AUDITOR, null);

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .room("101", Housekeeping.CLEAN, false)
            .code("inventory-item", "MINIBAR", "6.00", false)
            .booking(DeskOnPaper.inHouse("100042"));

    @Test
    void aRetryWithTheSameEntryIdChangesNothing() {
        String entryId = DeskAction.newEntryId();
        Done first = desk.postingCharge.post(DESK, entryId, "100042", "MINIBAR", new BigDecimal("2"), null, null);
        var afterFirst = desk.held.copy();

        Done again = desk.postingCharge.post(DESK, entryId, "100042", "MINIBAR", new BigDecimal("2"), null, null);

        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(again.bookingRef()).isEqualTo("100042");
        assertThat(again.message()).contains("already sent").contains("CHARGE");
        assertThat(desk.postedHere()).hasSize(1);
        assertThat(desk.held.journal).isEqualTo(afterFirst.journal);
        assertThat(desk.balance("100042")).isEqualByComparingTo("12.00");
    }

    @Test
    void aRetryIsRecognisedWhateverTheSecondFormSays() {
        String entryId = DeskAction.newEntryId();
        desk.postingCharge.post(DESK, entryId, "100042", "MINIBAR", BigDecimal.ONE, null, null);

        Done again = desk.cancellingBooking.cancel(DESK, entryId, "100042", "guest called");

        assertThat(again.repeated()).isTrue();
        assertThat(desk.held.bookings.get("100042").status()).isEqualTo(BookingStatus.CHECKED_IN);
    }

    @Test
    void twoFormsAreTwoActions() {
        desk.postingCharge.post(DESK, DeskAction.newEntryId(), "100042", "MINIBAR", null, null, null);
        desk.postingCharge.post(DESK, DeskAction.newEntryId(), "100042", "MINIBAR", null, null, null);

        assertThat(desk.postedHere()).hasSize(2);
        assertThat(desk.held.journal).hasSize(2);
    }

    @Test
    void aFormWithoutAValidOneTimeIdIsRefused() {
        for (String entryId : new String[] {null, "", "1", "7CE77063-5946-4805-82F9-5F1D0F6D20C2"}) {
            assertThatThrownBy(() -> desk.postingCharge.post(DESK, entryId, "100042", "MINIBAR", null, null, null))
                    .as(String.valueOf(entryId))
                    .isInstanceOf(Invalid.class)
                    .hasMessageContaining("one-time ID");
        }
        assertThat(desk.held.journal).isEmpty();
    }

    @Test
    void aRefusedActionLeavesNothingBehind() {
        desk.code("receipt-type", "VISA", null, true).line("100042", 7, LineKind.CHARGE, "RENT", "89.00");
        var before = desk.held.copy();

        // A check-out that would settle the balance by card, refused for the card number: neither is written.
        refused(
                () -> desk.checkingOut.checkOut(
                        DESK, DeskAction.newEntryId(), "100042", "VISA", "4111111111111111", true),
                "cardLast4");

        assertThat(desk.held.journal).isEqualTo(before.journal);
        assertThat(desk.held.lines).isEqualTo(before.lines);
        assertThat(desk.held.bookings).isEqualTo(before.bookings);
    }

    @Test
    void nothingIsDoneOutsideOutageMode() {
        desk.held.outage = null;

        assertThatThrownBy(() ->
                        desk.postingCharge.post(DESK, DeskAction.newEntryId(), "100042", "MINIBAR", null, null, null))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("outage mode is not on");
        assertThat(desk.held.journal).isEmpty();
    }

    @Test
    void outageModeIsStartedOnceAndEndedOnlyByANightAuditorOrAdmin() {
        desk.held.outage = null;
        desk.startingOutage.start(DESK, DeskAction.newEntryId(), "internet down");

        refused(() -> desk.startingOutage.start(DESK, DeskAction.newEntryId(), "again"), "reason")
                .hasMessageContaining("already on");
        refused(() -> desk.endingOutage.end(DESK, DeskAction.newEntryId(), null), "note")
                .hasMessageContaining("night auditor");
        desk.endingOutage.end(AUDITOR, DeskAction.newEntryId(), "cloud back");

        assertThat(desk.held.journal.values())
                .extracting(JournalEntry::action)
                .containsExactly("OUTAGE_STARTED", "OUTAGE_ENDED");
        assertThat(desk.held.outage.endedBy()).isEqualTo("nico");
    }
}
