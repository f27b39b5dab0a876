package app.innkeep.cloud.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads text only from a JSON string. Micronaut's own reader turned {@code "firstName": 7} into "7" and
 * {@code "firstName": [7]} into "7" as well, so a client's bug became a guest's name; such values are now refused
 * with a problem naming the field. A list of exactly one text is read as that text, because that is how a form
 * field of the support pages reaches the reader.
 */
@Primary
@Singleton
public class StrictTextDeserializer implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof String text) {
            return text;
        }
        // A form field arrives as the list of its values; one value is the field's text.
        if (value instanceof java.util.List<?> list && list.size() == 1 && list.getFirst() instanceof String text) {
            return text;
        }
        throw decoder.createDeserializationException(
                "must be text in quotes, not "
                        + (value instanceof java.util.List<?>
                                ? "a list"
                                : value instanceof java.util.Map<?, ?> ? "an object" : String.valueOf(value)),
                value);
    }
}
