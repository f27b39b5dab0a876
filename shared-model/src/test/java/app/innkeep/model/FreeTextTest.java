package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void ordinaryTextInAnyScriptIsKept() {
        assertThat(FreeText.fault("Gonçalves-Øster 王 🙂, room 101", FreeText.Lines.SINGLE))
                .isEmpty();
        assertThat(FreeText.fault("late arrival\nneeds a cot", FreeText.Lines.MULTI))
                .isEmpty();
    }

    @Test
    void halfASurrogatePairIsRefused() {
        assertThat(FreeText.fault("\ud800Web", FreeText.Lines.SINGLE))
                .hasValueSatisfying(m -> assertThat(m).contains("Unicode"));
        assertThat(FreeText.fault("Web\udc00", FreeText.Lines.MULTI)).isPresent();
    }

    @Test
    void controlCharactersAreRefusedAndLineBreaksOnlyWhereAFieldHasLines() {
        for (String text : new String[] {"Ana\u0000", "Ana\u001b[31m", "Ana\u007f", "Ana\u0085"}) {
            assertThat(FreeText.fault(text, FreeText.Lines.MULTI)).as(text).isPresent();
        }
        assertThat(FreeText.fault("Ana\nMaria", FreeText.Lines.SINGLE)).isPresent();
        assertThat(FreeText.fault("Ana\tMaria", FreeText.Lines.SINGLE)).isPresent();
        assertThat(FreeText.fault("Ana\r\nMaria\t", FreeText.Lines.MULTI)).isEmpty();
    }

    @Test
    void aCardNumberIsRefusedButAUuidIsNotOne() {
        assertThat(FreeText.fault("paid 4111 1111 1111 1111", FreeText.Lines.SINGLE))
                .isPresent();
        assertThat(FreeText.unreadable("paid 4111 1111 1111 1111", FreeText.Lines.SINGLE))
                .isEmpty();
        // A journal entry's ID whose digit groups, read together, happen to pass the Luhn check.
        assertThat(FreeText.fault("7ce77063-5946-4805-82f9-5f1d0f6d20c2", FreeText.Lines.SINGLE))
                .isEmpty();
    }

    @Test
    void repairedTextReplacesOnlyHalvesOfPairs() {
        assertThat(FreeText.repaired("\ud800Web 🙂\udc00")).isEqualTo("\uFFFDWeb 🙂\uFFFD");
        String sound = "Gonçalves 🙂";
        assertThat(FreeText.repaired(sound)).isSameAs(sound);
    }

    @Test
    void cardDataFieldsAreKnownUnderTheirUsualNames() {
        for (String name :
                new String[] {"cvv", "CVC", "cvv2", "cvc2", "cardNumber", "card_number", "pan", "securityCode"}) {
            assertThat(CardData.forbiddenField(name)).as(name).isPresent();
        }
        assertThat(CardData.forbiddenField("cardLast4")).isEmpty();
        assertThat(CardData.forbiddenField("cardToken")).isEmpty();
        assertThat(CardData.forbiddenField("company")).isEmpty();
    }

    @Test
    void aFieldsLengthLimitIsCheckedBeforeItsContent() {
        assertThat(FreeText.fault("x".repeat(FreeText.Limits.NAME), FreeText.Lines.SINGLE, FreeText.Limits.NAME))
                .isEmpty();
        assertThat(FreeText.fault("x".repeat(81), FreeText.Lines.SINGLE, FreeText.Limits.NAME))
                .hasValue("at most 80 characters");
        assertThat(FreeText.fault("paid 4111 1111 1111 1111", FreeText.Lines.SINGLE, FreeText.Limits.NOTES))
                .hasValueSatisfying(m -> assertThat(m).contains("card number"));
        assertThat(FreeText.fault(null, FreeText.Lines.SINGLE, 1)).isEmpty();
    }

    @Test
    void theCardPartAloneIgnoresControlCharacters() {
        assertThat(FreeText.cardNumber("card 4111-1111-1111-1111")).isPresent();
        assertThat(FreeText.cardNumber("Ana\u0000")).isEmpty();
        assertThat(FreeText.cardNumber("7ce77063-5946-4805-82f9-5f1d0f6d20c2")).isEmpty();
        assertThat(FreeText.cardNumber(null)).isEmpty();
    }
}
