package app.innkeep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterTemplateTest {

    @Test
    void aLetterNamingOnlyKnownPlaceholdersHasNoUnknownOnes() {
        assertThat(LetterTemplate.unknownPlaceholders(
                        "Dear {firstName}, booking {confirmation} is cancelled ({cancelReason}). {balance} {currency}"))
                .isEmpty();
    }

    @Test
    void everyUnknownPlaceholderIsNamedOnceInTheOrderWritten() {
        assertThat(LetterTemplate.unknownPlaceholders("{roomNumber} {guestName} {spa} {roomNumber}"))
                .containsExactly("roomNumber", "spa");
    }

    @Test
    void bracesThatAreNoPlaceholderAreText() {
        assertThat(LetterTemplate.unknownPlaceholders("{ not one } {} {{guestName}} and none"))
                .isEmpty();
        assertThat(LetterTemplate.unknownPlaceholders(null)).isEmpty();
    }

    @Test
    void theThreeStandardLettersCannotGoAndOthersCan() {
        assertThat(LetterTemplate.STANDARD).containsExactly("confirmation", "cancellation", "receipt");
        assertThat(LetterTemplate.isStandard("receipt")).isTrue();
        assertThat(LetterTemplate.isStandard("spa-voucher")).isFalse();
    }

    @Test
    void theStandardTextsNameOnlyKnownPlaceholders() {
        for (String name : LetterTemplate.STANDARD) {
            LetterTemplate letter = LetterTemplate.standard(name);
            assertThat(letter.name()).isEqualTo(name);
            assertThat(letter.title().length()).isLessThanOrEqualTo(LetterTemplate.TITLE_MAX);
            assertThat(letter.body().length()).isLessThanOrEqualTo(LetterTemplate.BODY_MAX);
            assertThat(LetterTemplate.unknownPlaceholders(letter.body()))
                    .as(name)
                    .isEmpty();
        }
    }
}
