package app.innkeep.cloud.problem;

import app.innkeep.model.CardData;
import app.innkeep.model.FreeText;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.uri.UriMatchInfo;
import io.micronaut.web.router.RouteAttributes;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one gate every API request passes before a controller sees it. The body must be one strict JSON object (no
 * duplicate keys, nothing after it, no NaN), and every text in it, in the query and in the path passes
 * {@link FreeText}: no control characters, no broken Unicode, no card number; no field may carry card data Innkeep
 * never keeps ({@link CardData#forbiddenField}). Done here, once, so that a new field of any request, however deeply
 * nested, is screened without anyone remembering to; a refusal names the field by its JSON path
 * ({@code guest.firstName}, {@code entryIds[2]}), the query parameter or the path variable. Also keeps the raw body
 * so that a value of the wrong type can be named later.
 */
@ServerFilter("/api/**")
public class RequestScreening {

    static final String ATTRIBUTE = "innkeep.raw-body";

    /** Fields that hold several lines of text (a letter's body); everywhere else a line break or tab is refused. */
    private static final Set<String> MULTI_LINE = Set.of("notes", "body");

    /** Secrets that are hashed and never shown: screened for control characters but not for card numbers. */
    private static final Set<String> SECRETS = Set.of("password");

    /**
     * More significant digits than any amount, price or count Innkeep keeps: such a number would be rounded on its
     * way into the request instead of being refused.
     */
    private static final int MAX_DIGITS = 15;

    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @RequestFilter
    @Nullable
    public HttpResponse<ProblemBody> screen(HttpRequest<?> request, @Nullable @Body String body) {
        Optional<Problem.FieldError> fault = inPath(request).or(() -> inQuery(request));
        if (fault.isEmpty() && body != null && !body.isEmpty() && isJson(request)) {
            request.setAttribute(ATTRIBUTE, body);
            fault = inBody(body);
        }
        return fault.map(error -> refusal(request, error)).orElse(null);
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType()
                .map(type ->
                        type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))
                .orElse(false);
    }

    private static Optional<Problem.FieldError> inPath(HttpRequest<?> request) {
        var match = RouteAttributes.getRouteMatch(request).orElse(null);
        if (!(match instanceof UriMatchInfo uri)) {
            return Optional.empty();
        }
        for (Map.Entry<String, Object> variable : uri.getVariableValues().entrySet()) {
            if (variable.getValue() instanceof String value) {
                Optional<String> wrong = FreeText.fault(value, FreeText.Lines.SINGLE);
                if (wrong.isEmpty() && value.chars().anyMatch(Character::isWhitespace)) {
                    wrong = Optional.of("must not contain spaces");
                }
                if (wrong.isPresent()) {
                    return Optional.of(new Problem.FieldError(variable.getKey(), wrong.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldError> inQuery(HttpRequest<?> request) {
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            for (String value : parameter.getValue()) {
                Optional<String> wrong = FreeText.fault(value, FreeText.Lines.SINGLE);
                if (wrong.isPresent()) {
                    return Optional.of(new Problem.FieldError(parameter.getKey(), wrong.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Reads the body token by token, so that every fault is found with the path of the field it is in. */
    static Optional<Problem.FieldError> inBody(String body) {
        try (JsonParser parser = STRICT.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return Optional.of(new Problem.FieldError(null, "the body must be one JSON object ({...})"));
            }
            for (JsonToken token = first; token != null; token = parser.nextToken()) {
                Optional<Problem.FieldError> fault = switch (token) {
                    case FIELD_NAME ->
                        CardData.forbiddenField(parser.currentName())
                                .map(why -> new Problem.FieldError(path(parser.getParsingContext()), why));
                    case VALUE_STRING -> text(parser);
                    case VALUE_NUMBER_FLOAT -> number(parser);
                    default -> Optional.empty();
                };
                if (fault.isPresent()) {
                    return fault;
                }
                if (parser.getParsingContext().inRoot() && token == JsonToken.END_OBJECT) {
                    break;
                }
            }
            if (parser.nextToken() != null) {
                return Optional.of(new Problem.FieldError(
                        null, "the body must be one JSON object with nothing after it" + at(parser)));
            }
            return Optional.empty();
        } catch (JsonParseException e) {
            return Optional.of(notJson(e));
        } catch (IOException e) {
            return Optional.of(new Problem.FieldError(null, "the body cannot be read as JSON"));
        }
    }

    private static Optional<Problem.FieldError> text(JsonParser parser) throws IOException {
        JsonStreamContext context = parser.getParsingContext();
        String key = context.inObject() ? context.getCurrentName() : parentName(context);
        FreeText.Lines lines = MULTI_LINE.contains(key) ? FreeText.Lines.MULTI : FreeText.Lines.SINGLE;
        String value = parser.getText();
        Optional<String> wrong =
                SECRETS.contains(key) ? FreeText.unreadable(value, lines) : FreeText.fault(value, lines);
        return wrong.map(why -> new Problem.FieldError(path(context), why));
    }

    private static Optional<Problem.FieldError> number(JsonParser parser) throws IOException {
        BigDecimal value = parser.getDecimalValue();
        if (value.stripTrailingZeros().precision() > MAX_DIGITS) {
            return Optional.of(new Problem.FieldError(
                    path(parser.getParsingContext()), "has more than " + MAX_DIGITS + " significant digits"));
        }
        return Optional.empty();
    }

    /**
     * Jackson's own words name its features and classes; the caller gets what is wrong with the body in the API's
     * words, and the field it was reading when the context knows it.
     */
    private static Problem.FieldError notJson(JsonParseException e) {
        String message = String.valueOf(e.getOriginalMessage());
        JsonStreamContext context =
                e.getProcessor() == null ? null : e.getProcessor().getParsingContext();
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
        if (message.startsWith("Duplicate field '")) {
            String name = message.substring("Duplicate field '".length(), message.indexOf('\'', 17));
            String parent = context == null || context.getParent() == null ? null : path(context.getParent());
            String field = parent == null || parent.isEmpty() ? name : parent + "." + name;
            return new Problem.FieldError(field, "is given more than once; send each field once");
        }
        String field = context == null ? null : path(context);
        if (field != null && field.isEmpty()) {
            field = null;
        }
        for (String word : List.of("NaN", "Infinity", "-Infinity", "+Infinity")) {
            if (message.contains("'" + word + "'")) {
                return new Problem.FieldError(field, "must be a number, not " + word);
            }
        }
        if (message.contains("Leading zeroes") || message.contains("Invalid numeric value")) {
            return new Problem.FieldError(field, "must be a number written as JSON (such as 12.50)" + where);
        }
        if (message.contains("end-of-input")) {
            return new Problem.FieldError(field, "the body ends before its JSON does" + where);
        }
        return new Problem.FieldError(field, "the body is not valid JSON here" + where);
    }

    /** The caller's name for the field being read: {@code deposit.amount}, {@code entryIds[2]}. */
    static String path(JsonStreamContext context) {
        var parts = new ArrayDeque<String>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static String parentName(JsonStreamContext context) {
        JsonStreamContext parent = context.getParent();
        return parent != null && parent.inObject() ? parent.getCurrentName() : null;
    }

    private static String at(JsonParser parser) {
        var location = parser.currentTokenLocation();
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static HttpResponse<ProblemBody> refusal(HttpRequest<?> request, Problem.FieldError error) {
        Problem problem = error.field() == null
                ? new Problem(400, "bad-request", "Bad Request", error.message(), List.of())
                : Problem.invalid(error.field(), error.message());
        return HttpResponse.<ProblemBody>status(HttpStatus.BAD_REQUEST)
                .body(ProblemBody.of(problem, request.getPath()))
                .contentType(MediaType.of(ProblemBody.MEDIA_TYPE));
    }
}
