package app.innkeep.cloud.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The wire form of a problem (RFC 9457) with Innkeep's extension: the list of fields at fault. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(
        String type, String title, int status, String detail, String instance, List<Problem.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://innkeep.app/problems/";

    static ProblemBody of(Problem p, String path) {
        return new ProblemBody(TYPE_BASE + p.code(), p.title(), p.status(), p.detail(), path, p.fieldErrors());
    }
}
