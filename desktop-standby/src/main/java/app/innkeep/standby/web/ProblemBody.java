package app.innkeep.standby.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The standby's problem+json: what went wrong, the (first) field it belongs to when there is one, and every field at
 * fault when the desk's rules found several.
 */
@Serdeable
public record ProblemBody(
        String title,
        int status,
        String detail,
        String field,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<FieldError> errors) {

    public ProblemBody(String title, int status, String detail, String field) {
        this(title, status, detail, field, List.of());
    }

    /** One field and what is wrong with it. */
    @Serdeable
    public record FieldError(String field, String message) {}
}
