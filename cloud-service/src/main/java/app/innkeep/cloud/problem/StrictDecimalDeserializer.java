package app.innkeep.cloud.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads an amount only from a JSON number. Micronaut's own reader also took text, so {@code "amount": "12.00"} was
 * posted as if it were a number; it is now refused with a problem naming the field. The reader hands a fraction over
 * as a double: exact for every amount Innkeep keeps, because {@link RequestScreening} refuses numbers with more
 * significant digits than a double holds before the body gets here.
 */
@Primary
@Singleton
public class StrictDecimalDeserializer implements Deserializer<BigDecimal> {

    @Override
    public BigDecimal deserialize(Decoder decoder, DecoderContext context, Argument<? super BigDecimal> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        return switch (value) {
            case BigDecimal d -> d;
            case Double d
            when d.isNaN() || d.isInfinite() ->
                throw decoder.createDeserializationException("must be a number, not " + d, value);
            case Float f
            when f.isNaN() || f.isInfinite() ->
                throw decoder.createDeserializationException("must be a number, not " + f, value);
            case Number n -> new BigDecimal(n.toString());
            case null -> null;
            default ->
                throw decoder.createDeserializationException(
                        "must be a number, not " + StrictIntegerDeserializer.shown(value), value);
        };
    }
}
