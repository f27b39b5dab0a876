package app.innkeep.standby.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.innkeep.standby.desk.DeskQueries.Code;
import app.innkeep.standby.input.Invalid;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** The desk's input rules, before anything is read or written. */
class DeskInputTest {

    static final Code VISA = new Code("VISA", "Visa", null, true);
    static final Code CASH = new Code("CASH", "Cash", null, false);

    @Test
    void aCardNumberInFreeTextIsRefusedNamingTheField() {
        refused(() -> DeskInput.optional("notes", "paid with 4111 1111 1111 1111", 500), "notes")
                .hasMessageContaining("card number");
        refused(() -> DeskInput.required("lastName", "Smith 4111-1111-1111-1111", 80), "lastName");
    }

    @Test
    void ordinaryTextIsKeptStrippedAndEmptyTextIsNull() {
        assertThat(DeskInput.optional("notes", "  room 101, two nights  ", 500)).isEqualTo("room 101, two nights");
        assertThat(DeskInput.optional("notes", "   ", 500)).isNull();
    }

    @Test
    void textIsRefusedWhenMissingTooLongOrBroken() {
        refused(() -> DeskInput.required("reason", " ", 200), "reason").hasMessage("is required");
        refused(() -> DeskInput.optional("reason", "x".repeat(201), 200), "reason")
                .hasMessage("at most 200 characters");
        refused(() -> DeskInput.optional("firstName", "Ana\u0000", 80), "firstName")
                .hasMessageContaining("control characters");
        refused(() -> DeskInput.optional("description", "two\nlines", 200), "description");
    }

    @Test
    void onlyTheLastFourDigitsOfACardAreTaken() {
        assertThat(DeskInput.cardLast4(VISA, "4242")).isEqualTo("4242");
        assertThat(DeskInput.cardLast4(VISA, " 42-42 "))
                .as("spaces and dashes dropped")
                .isEqualTo("4242");
        refused(() -> DeskInput.cardLast4(VISA, "4111 1111 1111 1111"), "cardLast4")
                .hasMessage("full card numbers are never accepted; enter only the last four digits");
        refused(() -> DeskInput.cardLast4(VISA, "424"), "cardLast4")
                .hasMessage("enter exactly the last four digits of the card");
        refused(() -> DeskInput.cardLast4(VISA, null), "cardLast4").hasMessageContaining("VISA is a card");
        assertThat(DeskInput.cardLast4(CASH, "")).as("cash needs no card").isNull();
    }

    static AbstractThrowableAssert<?, ? extends Throwable> refused(Runnable action, String field) {
        return assertThatThrownBy(action::run)
                .isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).field()).isEqualTo(field));
    }
}
