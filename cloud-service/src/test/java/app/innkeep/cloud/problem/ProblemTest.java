package app.innkeep.cloud.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aProblemOfANestedObjectNamesTheFieldAsTheCallerSentIt() {
        Problem nested = Problem.invalid("cardNumber", "full card numbers are never accepted")
                .within("deposit");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.code()).isEqualTo("invalid-field");
        assertThat(nested.fieldErrors())
                .containsExactly(new Problem.FieldError("deposit.cardNumber", "full card numbers are never accepted"));
        assertThat(nested.detail()).isEqualTo("deposit.cardNumber: full card numbers are never accepted");
    }

    @Test
    void aProblemWithoutFieldsStaysAsItIs() {
        Problem notFound = Problem.notFound("guest", "7").within("guest");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.fieldErrors()).isEmpty();
        assertThat(notFound.detail()).isEqualTo("guest 7 does not exist");
    }
}
