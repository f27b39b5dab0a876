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
        if (status.getCode() >= 500) {
            return internalError(context, response, status);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (context.getRootCause().orElse(null) instanceof ConversionErrorException conversion) {
            errors.add(inApiWords(conversionError(
                    conversion,
                    context.getRequest()
                            .getAttribute(RequestScreening.ATTRIBUTE, String.class)
                            .orElse(null))));
        } else {
            for (Error error : context.getErrors()) {
                errors.add(inApiWords(fieldError(error)));
            }
        }
        String detail = errors.stream().allMatch(e -> e.field() == null)
                ? (errors.isEmpty()
                        ? status.getReason()
                        : String.join(
                                "; ",
                                errors.stream().map(Problem.FieldError::message).toList()))
                : String.join(
                        "; ",
                        errors.stream()
                                .map(e -> e.field() == null ? e.message() : e.field() + ": " + e.message())
                                .toList());
        boolean fieldsAtFault = errors.stream().anyMatch(e -> e.field() != null);
        var body = new ProblemBody(
                ProblemBody.TYPE_BASE
                        + (fieldsAtFault && status == HttpStatus.BAD_REQUEST
                                ? "invalid-field"
                                : codeFor(status, context)),
                status.getReason(),
                status.getCode(),
                detail,
                context.getRequest().getPath(),
                errors.stream().filter(e -> e.field() != null).toList());
        return response.body(body).contentType(MediaType.of(ProblemBody.MEDIA_TYPE));
    }

    /**
     * An unexpected failure: the caller gets a reference, never the exception text (it can name SQL, tables or
     * values); the log has the whole story under the same reference.
     */
    private static MutableHttpResponse<ProblemBody> internalError(
            ErrorContext context, MutableHttpResponse<?> response, HttpStatus status) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        org.slf4j.LoggerFactory.getLogger(ProblemJsonErrorResponseProcessor.class)
                .error(
                        "Unexpected error {} on {} {} (reference {})",
                        status.getCode(),
                        context.getRequest().getMethod(),
                        context.getRequest().getPath(),
                        reference,
                        context.getRootCause().orElse(null));
        var body = new ProblemBody(
                ProblemBody.TYPE_BASE + "internal-error",
                status.getReason(),
                status.getCode(),
                "Something went wrong on our side and nothing was saved; please try again. If it keeps happening, give support"
                        + " this reference: " + reference,
                context.getRequest().getPath(),
                List.of());
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

    /** Micronaut Serde's words for a field a request refuses to ignore ({@code @JsonIgnoreProperties(ignoreUnknown = false)}). */
    private static final java.util.regex.Pattern UNKNOWN_PROPERTY =
            java.util.regex.Pattern.compile("Unknown property \\[([\\w$]+)\\]");

    private static final java.util.regex.Pattern DECODING =
            java.util.regex.Pattern.compile("Error decoding property \\[(?:[\\w.$<>, ]+ )?(\\w+)\\] of type");

    /**
     * A value that could not be read as its type: a date that is not a date, text where a number belongs. Names the
     * JSON property when the body was at fault, the query or path parameter otherwise.
     */
    static Problem.FieldError conversionError(ConversionErrorException e, String body) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null && chain.length() < 4000; t = t.getCause()) {
            chain.append(t.getMessage()).append('\n');
        }
        String message = chain.toString();
        var unknown = UNKNOWN_PROPERTY.matcher(message);
        if (unknown.find()) {
            return new Problem.FieldError(unknown.group(1), "is not a field of this request");
        }
        String serdePath = serdePath(e);
        if (serdePath != null) {
            var own = OWN.matcher(message);
            return new Problem.FieldError(
                    serdePath,
                    own.find() ? own.group(1).strip() : "has a value of the wrong type or format" + textIn(message));
        }
        var decoding = DECODING.matcher(message);
        List<String> path = new ArrayList<>();
        while (decoding.find()) {
            path.add(decoding.group(1));
        }
        if (!path.isEmpty()) {
            String field = String.join(".", dedupeChain(path));
            var own = OWN.matcher(message);
            if (own.find()) {
                return new Problem.FieldError(field, own.group(1).strip());
            }
            var text = TEXT.matcher(message);
            return new Problem.FieldError(
                    field, "has a value of the wrong type or format" + (text.find() ? " (" + text.group() + ")" : ""));
        }
        var location = LOCATION.matcher(message);
        var type = TYPE.matcher(message);
        if (body != null && location.find()) {
            String field = fieldBefore(body, Integer.parseInt(location.group(1)), Integer.parseInt(location.group(2)));
            if (field != null) {
                return new Problem.FieldError(
                        field,
                        type.find() && describe(type.group(1)) != null
                                ? "must be " + describe(type.group(1))
                                : "has a value of the wrong type");
            }
        }
        return new Problem.FieldError(
                e.getArgument().getName(),
                "cannot be read as " + e.getArgument().getType().getSimpleName());
    }

    private static final java.util.regex.Pattern SERDE_PROPERTY =
            java.util.regex.Pattern.compile("\\[\"(\\w+)\"\\]|\\[(\\d+)\\]");

    /**
     * The body is read as a tree and then bound, so the reader's errors carry no line or column; the outermost
     * property error carries the whole path instead ({@code Request["deposit"]->Deposit["amount"]}), which becomes
     * the caller's {@code deposit.amount}.
     */
    static String serdePath(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.micronaut.serde.exceptions.InvalidPropertyFormatException property) {
                StringBuilder path = new StringBuilder();
                var parts = SERDE_PROPERTY.matcher(property.getPathAsString());
                while (parts.find()) {
                    if (parts.group(1) != null) {
                        path.append(path.isEmpty() ? "" : ".").append(parts.group(1));
                    } else {
                        path.append('[').append(parts.group(2)).append(']');
                    }
                }
                return path.isEmpty() ? property.getArgument().getName() : path.toString();
            }
        }
        return null;
    }

    private static String textIn(String message) {
        var text = TEXT.matcher(message);
        return text.find() ? " (" + text.group() + ")" : "";
    }

    /** A refusal worded by one of our own strict readers: already in the API's words. */
    private static final java.util.regex.Pattern OWN = java.util.regex.Pattern.compile(
            "(must be (?:a whole number|a number|true or false|text in quotes), not [^\\n]{0,60}?|is out of range: [^\\n]{0,40}?)(?:\\n|$)");

    /**
     * The exception chain names each level once per cause: [deposit, amount, amount] or [deposit, amount, deposit,
     * amount]; the path is the longest run that does not repeat.
     */
    static List<String> dedupeChain(List<String> names) {
        List<String> path = new ArrayList<>();
        for (String name : names) {
            if (!path.isEmpty() && path.getLast().equals(name)) {
                continue;
            }
            if (path.contains(name)) {
                break;
            }
            path.add(name);
        }
        return path;
    }

    private static final java.util.regex.Pattern TEXT =
            java.util.regex.Pattern.compile("Text '[^'\\n]{0,40}' could not be parsed");
    private static final java.util.regex.Pattern LOCATION =
            java.util.regex.Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile("value of type `([\\w.$]+)`");
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("\"([A-Za-z0-9_]+)\"\\s*:");

    /** The JSON key nearest before the position the parser stopped at: the field whose value it could not read. */
    static String fieldBefore(String body, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = body.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return null;
            }
        }
        int end = Math.min(body.length(), offset + Math.max(0, column - 1));
        var keys = KEY.matcher(body.substring(0, end));
        String last = null;
        while (keys.find()) {
            last = keys.group(1);
        }
        return last;
    }

    private static String describe(String javaType) {
        return switch (javaType.substring(javaType.lastIndexOf('.') + 1)) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "a date (yyyy-mm-dd)";
            case "String" -> "text";
            case "Instant" -> "a time such as 2026-03-10T10:15:00Z";
            // Anything else would name a Java class, which means nothing to the caller.
            default -> null;
        };
    }

    private static final java.util.regex.Pattern IMPLEMENTATION = java.util.regex.Pattern.compile(
            "Exception|JsonReadFeature|JsonParser|com\\.fasterxml|io\\.micronaut|app\\.innkeep|java\\.|jakarta\\.|\\w+Request\\b|\\$|`");

    /**
     * The last guard: a message that would show the caller a Java class, a parser feature or an exception (Micronaut
     * words some of its own errors that way) is replaced by one in the API's words.
     */
    static Problem.FieldError inApiWords(Problem.FieldError error) {
        if (error.message() == null || !IMPLEMENTATION.matcher(error.message()).find()) {
            return error;
        }
        return new Problem.FieldError(
                error.field(),
                error.field() == null
                        ? "the body does not have the shape this request takes; see the API description"
                        : "has a value of the wrong type or shape");
    }

    private static final java.util.regex.Pattern VIOLATION =
            java.util.regex.Pattern.compile("^([A-Za-z0-9_.\\[\\]<>]+): (.+)$", java.util.regex.Pattern.DOTALL);

    /**
     * Bean-validation failures arrive as "request.code: must be ..." without a path: the field is what follows the
     * argument name ({@code code}, {@code admin.username}); a query parameter is named as it is.
     */
    static Problem.FieldError fieldError(Error error) {
        if (error.getPath().isPresent()) {
            return new Problem.FieldError(fieldName(error.getPath().get()), error.getMessage());
        }
        var violation = VIOLATION.matcher(error.getMessage());
        if (!violation.matches()) {
            return new Problem.FieldError(null, error.getMessage());
        }
        String path = violation.group(1).replaceAll("<[^>]*>", "");
        int dot = path.indexOf('.');
        return new Problem.FieldError(dot < 0 ? path : path.substring(dot + 1), violation.group(2));
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
