package app.innkeep.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

    private final PrintableText text = new PrintableText();

    @Test
    void textEveryFontSetFamilyDrawsIsLeftAsItIs() {
        String names = "Zoë Ødegård-Straße 中文 やまだ محمد דוד Дмитрий Γιώργος สมชาย राहुल";

        assertThat(text.printable(names)).isSameAs(names);
        assertThat(text.replacedAny()).isFalse();
    }

    @Test
    void lineBreaksTabsAndInvisibleFormatCharactersAreNeverReplaced() {
        String letter = "Dear guest,\r\n\tthank you.\u200E\u200D\u200B";

        assertThat(text.printable(letter)).isEqualTo(letter);
        assertThat(text.replacedAny()).isFalse();
    }

    @Test
    void eachCharacterNoFontHasBecomesOnePlaceholderEvenOutsideTheBasicPlane() {
        assertThat(text.printable("Abebe ሀ \uD83E\uDDFF!")).isEqualTo("Abebe \uFFFD \uFFFD!");
        assertThat(text.replacedCodePoints()).isEqualTo("U+1200 U+1F9FF");
    }

    @Test
    void parametersKeepTheirNamesAndNonTextValues() {
        Map<String, Object> printed = text.printable(Map.of("GUEST_NAME", "ሀ Kim", "PAGE", 3));

        assertThat(printed).containsEntry("GUEST_NAME", "\uFFFD Kim").containsEntry("PAGE", 3);
        assertThat(text.printable((String) null)).isNull();
    }
}
