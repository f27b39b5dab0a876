package app.innkeep.cloud.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every error Micronaut itself raises (unknown route, malformed JSON, wrong types, failed validation, body too
 * large, missing login) into the same problem+json shape the services use.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemJsonErrorResponseProcessor implements ErrorResponseProcessor<ProblemBody> {

    @Override
    public MutableHttpResponse<ProblemBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Error error : context.getErrors()) {
            errors.add(new Problem.FieldError(fieldName(error.getPath().orElse(null)), error.getMessage()));
        }
        String detail = errors.isEmpty()
                ? status.getReason()
                : String.join(
                        "; ",
                        errors.stream()
                                .map(e -> e.field() == null ? e.message() : e.field() + ": " + e.message())
                                .toList());
        var body = new ProblemBody(
                ProblemBody.TYPE_BASE + codeFor(status, context),
                status.getReason(),
                status.getCode(),
                detail,
                context.getRequest().getPath(),
                errors.stream().filter(e -> e.field() != null).toList());
        return response.body(body).contentType(MediaType.of(ProblemBody.MEDIA_TYPE));
    }

    private static String codeFor(HttpStatus status, ErrorContext context) {
        if (context.getRootCause().orElse(null) instanceof ConversionErrorException) {
            return "invalid-field";
        }
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case REQUEST_ENTITY_TOO_LARGE -> "body-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            default -> status.getCode() >= 500 ? "internal-error" : "http-" + status.getCode();
        };
    }

    /** Validation paths look like {@code create.request.arrival}; the caller knows the field as {@code arrival}. */
    static String fieldName(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String[] parts = path.split("\\.");
        return parts.length > 2
                ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
