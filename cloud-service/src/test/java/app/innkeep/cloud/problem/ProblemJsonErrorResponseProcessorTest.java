package app.innkeep.cloud.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.server.exceptions.response.Error;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemJsonErrorResponseProcessorTest {

    @Test
    void theFieldAtFaultIsTheKeyBeforeWhereTheReaderStopped() {
        String body = "{\"source\":\"WEB\",\"adults\":\"two\",\"rate\":120}";
        int column = body.indexOf("\"two\"") + 6;
        assertThat(ProblemJsonErrorResponseProcessor.fieldBefore(body, 1, column))
                .isEqualTo("adults");
    }

    @Test
    void multiLineBodiesAreFollowedLineByLine() {
        String body = "{\n  \"guest\": {\"firstName\": \"A\"},\n  \"arrival\": 12\n}";
        assertThat(ProblemJsonErrorResponseProcessor.fieldBefore(body, 3, 15)).isEqualTo("arrival");
        assertThat(ProblemJsonErrorResponseProcessor.fieldBefore(body, 9, 1)).isNull();
    }

    @Test
    void validationMessagesNameTheFieldWithoutTheArgumentName() {
        assertThat(ProblemJsonErrorResponseProcessor.fieldError(error("request.code: must be upper-case")))
                .isEqualTo(new Problem.FieldError("code", "must be upper-case"));
        assertThat(ProblemJsonErrorResponseProcessor.fieldError(error("request.admin.username: must not be blank"))
                        .field())
                .isEqualTo("admin.username");
        assertThat(ProblemJsonErrorResponseProcessor.fieldError(error("limit: must be less than or equal to 200"))
                        .field())
                .isEqualTo("limit");
        assertThat(ProblemJsonErrorResponseProcessor.fieldError(error("Page Not Found"))
                        .field())
                .isNull();
    }

    private static Error error(String message) {
        return new Error() {
            @Override
            public String getMessage() {
                return message;
            }

            @Override
            public Optional<String> getPath() {
                return Optional.empty();
            }
        };
    }
}
