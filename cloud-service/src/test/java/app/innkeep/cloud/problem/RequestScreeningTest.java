package app.innkeep.cloud.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestScreeningTest {

    @Test
    void aKeyGivenTwiceIsNamedWithItsPath() {
        assertThat(RequestScreening.inBody("{\"amount\":1,\"amount\":500}"))
                .hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("amount"));
        assertThat(RequestScreening.inBody("{\"deposit\":{\"cardLast4\":\"4242\",\"cardLast4\":\"1881\"}}"))
                .hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("deposit.cardLast4"));
    }

    @Test
    void anythingAfterTheObjectIsRefused() {
        assertThat(RequestScreening.inBody("{\"a\":1}garbage")).isPresent();
        assertThat(RequestScreening.inBody("{\"a\":1}{\"a\":1}")).isPresent();
        assertThat(RequestScreening.inBody("{\"a\":1}  \n")).isEmpty();
    }

    @Test
    void notANumberIsRefusedInTheApisWords() {
        assertThat(RequestScreening.inBody("{\"receiptType\":\"CASH\",\"amount\":NaN}"))
                .hasValueSatisfying(e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.message()).isEqualTo("must be a number, not NaN");
                });
    }

    @Test
    void textInListsAndNestedObjectsIsScreenedAndNamedByItsPath() {
        assertThat(RequestScreening.inBody("{\"entryIds\":[\"ok\",\"\\ud800x\"]}"))
                .hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("entryIds[1]"));
        assertThat(RequestScreening.inBody("{\"guest\":{\"firstName\":\"Ana\\u0000\"}}"))
                .hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("guest.firstName"));
        assertThat(RequestScreening.inBody("{\"line\":{\"cvc\":\"123\"}}"))
                .hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("line.cvc"));
    }

    @Test
    void notesMayHaveLinesAndAPasswordMayBeDigits() {
        assertThat(RequestScreening.inBody("{\"notes\":\"late\\nwith a cot\"}")).isEmpty();
        assertThat(RequestScreening.inBody("{\"password\":\"4111111111111111\"}"))
                .isEmpty();
        assertThat(RequestScreening.inBody("{\"reason\":\"late\\nwith a cot\"}"))
                .isPresent();
    }

    @Test
    void aMessageNamingJavaClassesIsReworded() {
        var error = ProblemJsonErrorResponseProcessor.inApiWords(new Problem.FieldError(
                "amount",
                "Cannot deserialize value of type `app.innkeep.cloud.folio.FolioRequests$PostPaymentRequest`"));
        assertThat(error.field()).isEqualTo("amount");
        assertThat(error.message()).doesNotContain("app.innkeep", "Request", "`");
    }
}
