package app.innkeep.cloud.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads only JSON {@code true} and {@code false} as a boolean. Micronaut's own reader takes any text but "true" as
 * false and any non-zero number as true, so {@code "active": "yes"} quietly deactivated a user and
 * {@code "override": "yes"} checked a guest out; such values are now refused with a problem naming the field.
 */
@Primary
@Singleton
public class StrictBooleanDeserializer implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Boolean b) {
            return b;
        }
        throw decoder.createDeserializationException("must be true or false, not " + value, value);
    }
}
