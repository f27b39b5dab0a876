package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskOnPaper.inHouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.model.Housekeeping;
import app.innkeep.standby.desk.FolioEntry;
import app.innkeep.standby.input.Unconfirmed;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The same booking open in two tabs: a second payment like one just taken is only taken when the clerk says yes. */
class RepeatedPaymentTest {

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .room("101", Housekeeping.CLEAN, false)
            .code("receipt-type", "CASH", null, false)
            .code("receipt-type", "VISA", null, true)
            .booking(inHouse("100042"))
            .booking(inHouse("100043"));

    @Test
    void aSecondPaymentOfTheSameAmountAndTypeAsksNamingTheTimeAndTheClerkAndTakesNothing() {
        take("100042", "VISA", "120.00", false);

        assertThatThrownBy(() -> take("100042", "VISA", "120.00", false))
                .isInstanceOf(Unconfirmed.class)
                .hasMessage("This looks like a payment already taken at 11:40 by dana (120.00 by VISA on 100042)"
                        + " — take it again?")
                .satisfies(e -> assertThat(((Unconfirmed) e).confirmField()).isEqualTo(TakingPayment.CONFIRM_REPEAT));
        assertThat(desk.postedHere()).extracting(FolioEntry::amount).containsExactly(new BigDecimal("120.00"));
    }

    @Test
    void saidYesTheSecondPaymentIsTaken() {
        take("100042", "VISA", "120.00", false);

        take("100042", "VISA", "120.00", true);

        assertThat(desk.postedHere()).hasSize(2);
    }

    @Test
    void anotherAmountTypeOrBookingIsNoRepeat() {
        take("100042", "VISA", "120.00", false);

        take("100042", "VISA", "80.00", false);
        take("100042", "CASH", "120.00", false);
        take("100043", "VISA", "120.00", false);

        assertThat(desk.postedHere()).hasSize(4);
    }

    private void take(String booking, String type, String amount, boolean confirmed) {
        desk.takingPayment.take(
                DESK,
                DeskAction.newEntryId(),
                booking,
                type,
                new BigDecimal(amount),
                "VISA".equals(type) ? "4242" : null,
                null,
                confirmed);
    }
}
