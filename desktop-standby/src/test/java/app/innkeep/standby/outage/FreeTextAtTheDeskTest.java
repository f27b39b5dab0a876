package app.innkeep.standby.outage;

import static app.innkeep.standby.outage.DeskActionTest.AUDITOR;
import static app.innkeep.standby.outage.DeskActionTest.DESK;
import static app.innkeep.standby.outage.DeskInputTest.refused;
import static app.innkeep.standby.outage.DeskOnPaper.TODAY;
import static app.innkeep.standby.outage.DeskOnPaper.arriving;
import static app.innkeep.standby.outage.DeskOnPaper.inHouse;
import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.BookingStatus;
import app.innkeep.model.Housekeeping;
import app.innkeep.model.LineKind;
import app.innkeep.standby.outage.TakingWalkIn.WalkIn;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** A card number typed into any free-text field of any desk form is refused, naming the field, and nothing is kept. */
class FreeTextAtTheDeskTest {

    static final String CARD = "4111 1111 1111 1111";

    final DeskOnPaper desk = new DeskOnPaper()
            .inOutage()
            .room("101", Housekeeping.CLEAN, false)
            .room("102", Housekeeping.CLEAN, false)
            .code("source", "WALKIN", null, false)
            .code("inventory-item", "MINIBAR", "6.00", false)
            .code("receipt-type", "CASH", null, false)
            .booking(inHouse("100042"))
            .booking(arriving("100043").with(BookingStatus.RESERVED, "STD", null, TODAY, TODAY.plusDays(1), null, null))
            .line("100042", 7, LineKind.CHARGE, "RENT", "89.00")
            .line("100042", 8, LineKind.PAYMENT, "CASH", "100.00");

    @TestFactory
    Stream<DynamicTest> aCardNumberInAnyFreeTextFieldIsRefusedNamingTheField() {
        return Stream.of(
                        refusal(
                                "walk-in first name",
                                "firstName",
                                d -> d.takingWalkIn.take(DESK, id(), walkIn(CARD, "Lovelace", null, null))),
                        refusal(
                                "walk-in last name",
                                "lastName",
                                d -> d.takingWalkIn.take(DESK, id(), walkIn("Ada", "Love " + CARD, null, null))),
                        refusal(
                                "walk-in e-mail",
                                "email",
                                d -> d.takingWalkIn.take(
                                        DESK, id(), walkIn("Ada", "Lovelace", CARD + "@example.com", null))),
                        refusal(
                                "walk-in notes",
                                "notes",
                                d -> d.takingWalkIn.take(DESK, id(), walkIn("Ada", "Lovelace", null, "card " + CARD))),
                        refusal("cancel reason", "reason", d -> d.cancellingBooking.cancel(DESK, id(), "100043", CARD)),
                        refusal(
                                "charge description",
                                "description",
                                d -> d.postingCharge.post(DESK, id(), "100042", "MINIBAR", null, null, CARD)),
                        refusal(
                                "payment description",
                                "description",
                                d -> d.takingPayment.take(
                                        DESK, id(), "100042", "CASH", BigDecimal.TEN, null, CARD, false)),
                        refusal(
                                "void reason",
                                "reason",
                                d -> d.voidingCharge.voidCharge(DESK, id(), "100042", 7, CARD)),
                        refusal(
                                "refund reason",
                                "reason",
                                d -> d.refunding.refund(DESK, id(), "100042", 8, null, CARD)),
                        refusal("end note", "note", d -> d.endingOutage.end(AUDITOR, id(), CARD)))
                .map(r -> DynamicTest.dynamicTest(r.name(), () -> {
                    var before = desk.held.copy();
                    refused(() -> r.action().accept(desk), r.field()).hasMessageContaining("card number");
                    assertThat(desk.held.journal).isEqualTo(before.journal);
                    assertThat(desk.held.lines).isEqualTo(before.lines);
                    assertThat(desk.held.bookings).isEqualTo(before.bookings);
                }));
    }

    @TestFactory
    Stream<DynamicTest> aCardNumberInTheReasonForOutageModeIsRefused() {
        desk.held.outage = null;
        return Stream.of(DynamicTest.dynamicTest(
                "start reason",
                () -> refused(() -> desk.startingOutage.start(DESK, id(), "down, paid " + CARD), "reason")
                        .hasMessageContaining("card number")));
    }

    record Refusal(String name, String field, Consumer<DeskOnPaper> action) {}

    private static Refusal refusal(String name, String field, Consumer<DeskOnPaper> action) {
        return new Refusal(name, field, action);
    }

    private static WalkIn walkIn(String first, String last, String email, String notes) {
        return new WalkIn(first, last, email, null, "102", TODAY.plusDays(1), 1, 0, null, null, notes);
    }

    private static String id() {
        return DeskAction.newEntryId();
    }
}
