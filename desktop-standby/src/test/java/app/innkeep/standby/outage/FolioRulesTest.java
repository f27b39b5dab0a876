package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskInputTest.refused;
import static app.innkeep.standby.outage.DeskOnPaper.TODAY;
import static app.innkeep.standby.outage.DeskOnPaper.inHouse;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.standby.desk.FolioEntry;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Charges, voids, payments and refunds on a guest's folio during an outage. */
class FolioRulesTest {

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .room("101", Housekeeping.CLEAN, false)
            .code("inventory-item", "MINIBAR", "6.00", false)
            .code("inventory-item", "PARKING", null, false)
            .code("receipt-type", "CASH", null, false)
            .code("receipt-type", "VISA", null, true)
            .booking(inHouse("100042"));

    @Test
    void aChargeIsQuantityTimesTheItemsPriceUnlessAPriceIsGiven() {
        desk.postingCharge.post(DESK, id(), "100042", "MINIBAR", new BigDecimal("2"), null, null);
        desk.postingCharge.post(DESK, id(), "100042", "MINIBAR", null, new BigDecimal("4.50"), "juice");

        assertThat(desk.postedHere())
                .extracting(FolioEntry::amount, FolioEntry::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("12.00"), "Minibar"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("4.50"), "juice"));
    }

    @Test
    void everyFaultOfAChargeOrAPaymentIsReportedAtOnce() {
        refused(
                        () -> desk.postingCharge.post(
                                DESK,
                                id(),
                                "100042",
                                "SPA",
                                new BigDecimal("0"),
                                new BigDecimal("1.001"),
                                "card 4111 1111 1111 1111"),
                        "description")
                .satisfies(e -> assertThat(((app.innkeep.standby.input.Invalid) e).violations())
                        .extracting(app.innkeep.model.Violation::field)
                        .containsExactly("description", "item", "quantity", "unitPrice"));
        refused(
                        () -> desk.takingPayment.take(
                                DESK, id(), "100042", "VISA", new BigDecimal("-5"), "4111 1111 1111 1111", null, false),
                        "amount")
                .satisfies(e -> assertThat(((app.innkeep.standby.input.Invalid) e).violations())
                        .extracting(app.innkeep.model.Violation::field)
                        .containsExactly("amount", "cardLast4"));
        assertThat(desk.postedHere()).isEmpty();
    }

    @Test
    void aChargeNeedsAnActiveItemAndAPrice() {
        refused(() -> desk.postingCharge.post(DESK, id(), "100042", " ", null, null, null), "item");
        refused(() -> desk.postingCharge.post(DESK, id(), "100042", "SPA", null, null, null), "item")
                .hasMessageContaining("not active");
        refused(() -> desk.postingCharge.post(DESK, id(), "100042", "PARKING", null, null, null), "unitPrice")
                .hasMessageContaining("no default price");
        refused(
                () -> desk.postingCharge.post(DESK, id(), "100042", "MINIBAR", null, new BigDecimal("-6"), null),
                "unitPrice");
        refused(
                () -> desk.postingCharge.post(DESK, id(), "100042", "MINIBAR", new BigDecimal("0"), null, null),
                "quantity");
        assertThat(desk.postedHere()).isEmpty();
    }

    @Test
    void nothingIsPostedToACancelledBooking() {
        desk.booking(
                inHouse("100043").with(BookingStatus.CANCELLED, "STD", "101", TODAY, TODAY.plusDays(1), null, "x"));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> desk.postingCharge.post(DESK, id(), "100043", "MINIBAR", null, null, null)))
                .hasMessageContaining("nothing can be posted");
    }

    @Test
    void aPaymentIsMoreThanZeroInCentsAndACardPaymentKeepsOnlyTheLastFour() {
        refused(() -> desk.takingPayment.take(DESK, id(), "100042", "CASH", null, null, null, false), "amount")
                .hasMessage("enter the amount paid");
        refused(
                () -> desk.takingPayment.take(DESK, id(), "100042", "CASH", BigDecimal.ZERO, null, null, false),
                "amount");
        refused(
                () -> desk.takingPayment.take(DESK, id(), "100042", "CASH", new BigDecimal("-5"), null, null, false),
                "amount");
        refused(
                () -> desk.takingPayment.take(DESK, id(), "100042", "CASH", new BigDecimal("5.001"), null, null, false),
                "amount");
        refused(
                () -> desk.takingPayment.take(
                        DESK, id(), "100042", "VISA", BigDecimal.TEN, "4111111111111111", null, false),
                "cardLast4");
        refused(
                () -> desk.takingPayment.take(DESK, id(), "100042", "", BigDecimal.TEN, null, null, false),
                "receiptType");

        desk.takingPayment.take(DESK, id(), "100042", "VISA", new BigDecimal("50"), "4242", null, false);

        assertThat(desk.postedHere()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(new BigDecimal("50.00"));
            assertThat(p.cardLast4()).isEqualTo("4242");
        });
        assertThat(desk.balance("100042")).isEqualByComparingTo("-50.00");
    }

    @Test
    void aChargeIsVoidedWholeAndOnce() {
        desk.line("100042", 7, LineKind.CHARGE, "RENT", "89.00");

        desk.voidingCharge.voidCharge(DESK, id(), "100042", 7, "wrong room");

        assertThat(desk.balance("100042")).isZero();
        assertThat(desk.postedHere()).singleElement().satisfies(v -> {
            assertThat(v.reversesLineId()).isEqualTo(7L);
            assertThat(v.description()).isEqualTo("Void: wrong room");
        });
        refused(() -> desk.voidingCharge.voidCharge(DESK, id(), "100042", 7, null), "lineId")
                .hasMessageContaining("already voided");
        refused(() -> desk.voidingCharge.voidCharge(DESK, id(), "100042", 99, null), "lineId")
                .hasMessageContaining("has no line 99");
    }

    @Test
    void onlyAPaymentIsRefundedAndNeverMoreThanIsLeftOfIt() {
        desk.line("100042", 7, LineKind.CHARGE, "RENT", "89.00").line("100042", 8, LineKind.PAYMENT, "CASH", "100.00");

        refused(() -> desk.refunding.refund(DESK, id(), "100042", 7, null, null), "lineId")
                .hasMessageContaining("not a payment");
        desk.refunding.refund(DESK, id(), "100042", 8, new BigDecimal("60.00"), "overpaid");
        refused(() -> desk.refunding.refund(DESK, id(), "100042", 8, new BigDecimal("40.01"), null), "amount")
                .hasMessage("at most 40.00 of this payment can still be refunded");
        desk.refunding.refund(DESK, id(), "100042", 8, null, null);

        assertThat(desk.postedHere())
                .extracting(FolioEntry::amount)
                .containsExactly(new BigDecimal("-60.00"), new BigDecimal("-40.00"));
        assertThat(desk.balance("100042")).isEqualByComparingTo("89.00");
    }

    @Test
    void aRoomStatusIsDirtyCleanOrInspectedAndMustChange() {
        refused(() -> desk.settingRoomStatus.set(DESK, id(), "101", "SPARKLING", false), "housekeeping");
        refused(() -> desk.settingRoomStatus.set(DESK, id(), "101", "clean", false), "housekeeping")
                .hasMessageContaining("nothing to change");

        var done = desk.settingRoomStatus.set(DESK, id(), "101", "dirty", true);

        assertThat(desk.held.rooms.get("101").housekeeping()).isEqualTo(Housekeeping.DIRTY);
        assertThat(desk.held.rooms.get("101").outOfOrder()).isTrue();
        assertThat(done.message()).isEqualTo("Room 101 is now dirty and out of order.");
    }

    private static String id() {
        return DeskAction.newEntryId();
    }
}
