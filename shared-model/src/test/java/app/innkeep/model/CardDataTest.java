package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.model.CardData.LastFourFault;
import org.junit.jupiter.api.Test;

class CardDataTest {

    @Test
    void lastFourIsExactlyFourDigits() {
        assertThat(CardData.isLastFour("4242")).isTrue();
        assertThat(CardData.isLastFour("424")).isFalse();
        assertThat(CardData.isLastFour("42424")).isFalse();
        assertThat(CardData.isLastFour("42a2")).isFalse();
        assertThat(CardData.isLastFour(null)).isFalse();
    }

    @Test
    void fullCardNumbersAreRecognisedWithSpacesAndDashes() {
        assertThat(CardData.looksLikeCardNumber("4111111111111111")).isTrue();
        assertThat(CardData.looksLikeCardNumber("4111 1111 1111 1111")).isTrue();
        assertThat(CardData.looksLikeCardNumber("5500-0000-0000-0004")).isTrue();
        assertThat(CardData.looksLikeCardNumber("378282246310005")).isTrue();
    }

    @Test
    void numbersThatFailLuhnOrAreTooShortAreNotCardNumbers() {
        assertThat(CardData.looksLikeCardNumber("4111111111111112")).isFalse();
        assertThat(CardData.looksLikeCardNumber("12345678")).isFalse();
        assertThat(CardData.looksLikeCardNumber("tok_4111")).isFalse();
    }

    @Test
    void aCardNumberHiddenInTextIsFound() {
        assertThat(CardData.containsCardNumber("paid with 4111 1111 1111 1111 at the desk"))
                .isTrue();
        assertThat(CardData.containsCardNumber("guest phone +1 206 555 0100")).isFalse();
        assertThat(CardData.containsCardNumber("Room 101, two nights")).isFalse();
        assertThat(CardData.containsCardNumber(null)).isFalse();
    }

    @Test
    void aLastFourFieldTakesFourDigitsOrNothingAndNamesWhatIsWrong() {
        assertThat(CardData.lastFourFault("4242")).isEmpty();
        assertThat(CardData.lastFourFault(null)).isEmpty();
        assertThat(CardData.lastFourFault("4111111111111111")).hasValue(LastFourFault.FULL_CARD_NUMBER);
        assertThat(CardData.lastFourFault("4111 1111 1111 1111")).hasValue(LastFourFault.FULL_CARD_NUMBER);
        assertThat(CardData.lastFourFault("424")).hasValue(LastFourFault.NOT_FOUR_DIGITS);
        assertThat(CardData.lastFourFault("42 42")).hasValue(LastFourFault.NOT_FOUR_DIGITS);
        assertThat(CardData.lastFourFault("4111111111111112"))
                .as("sixteen digits failing Luhn are no card number, but still not the last four")
                .hasValue(LastFourFault.NOT_FOUR_DIGITS);
    }
}
