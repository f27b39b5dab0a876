package app.innkeep.cloud.problem;

import java.util.List;

/**
 * A failure the caller can act on, reported as {@code application/problem+json} (RFC 9457). Thrown by services;
 * carries the HTTP status, a stable code (the last part of the problem type URI), and the fields at fault.
 */
public class Problem extends RuntimeException {

    /** One field and what is wrong with it. */
    @io.micronaut.serde.annotation.Serdeable
    public record FieldError(String field, String message) {}

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> fieldErrors;

    public Problem(int status, String code, String title, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static Problem invalid(String field, String message) {
        return new Problem(
                400, "invalid-field", "Invalid field", field + ": " + message, List.of(new FieldError(field, message)));
    }

    /**
     * Refuses every fault a shared rule of the model gathered ({@code BookingRules}), all at once: one fault keeps the
     * shape of {@link #invalid(String, String)}; several are listed, each naming its field.
     */
    public static void refuse(app.innkeep.model.Violations violations) {
        var all = violations.list();
        if (all.size() == 1) {
            throw invalid(all.getFirst().field(), all.getFirst().message());
        }
        if (!all.isEmpty()) {
            throw new Problem(
                    400,
                    "invalid-field",
                    "Invalid field",
                    String.join(
                            "; ",
                            all.stream()
                                    .map(app.innkeep.model.Violation::toString)
                                    .toList()),
                    all.stream()
                            .map(v -> new FieldError(v.field(), v.message()))
                            .toList());
        }
    }

    /**
     * Refuses a value a shared rule of the model found fault with ({@code FreeText}, {@code CardData}): the rule
     * answers in words, the cloud names the field.
     */
    public static void refuse(String field, java.util.Optional<String> fault) {
        if (fault.isPresent()) {
            throw invalid(field, fault.get());
        }
    }

    public static Problem notFound(String what, String key) {
        return new Problem(404, "not-found", "Not found", what + " " + key + " does not exist", List.of());
    }

    public static Problem conflict(String code, String detail) {
        return new Problem(409, code, "Conflict", detail, List.of());
    }

    public static Problem conflict(String code, String field, String detail) {
        return new Problem(409, code, "Conflict", detail, List.of(new FieldError(field, detail)));
    }

    public static Problem unauthorized(String detail) {
        return new Problem(401, "unauthorized", "Unauthorized", detail, List.of());
    }

    public static Problem gone(String code, String detail) {
        return new Problem(410, code, "Gone", detail, List.of());
    }

    /** The cloud is busy with this kind of work now: worth another try in a moment (a standby retries a 503). */
    public static Problem busy(String detail) {
        return new Problem(503, "busy", "Service unavailable", detail, List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static Problem unprocessable(String code, String field, String detail) {
        return new Problem(422, code, "Unprocessable request", detail, List.of(new FieldError(field, detail)));
    }

    /**
     * The same problem raised for an object nested in the request: {@code cardNumber} of a deposit becomes
     * {@code deposit.cardNumber}, the name the caller sent it under.
     */
    public Problem within(String parent) {
        String detail = detail();
        if (fieldErrors.size() == 1 && detail.startsWith(fieldErrors.getFirst().field() + ": ")) {
            detail = parent + "." + detail;
        }
        return new Problem(
                status,
                code,
                title,
                detail,
                fieldErrors.stream()
                        .map(e -> new FieldError(parent + "." + e.field(), e.message()))
                        .toList());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
