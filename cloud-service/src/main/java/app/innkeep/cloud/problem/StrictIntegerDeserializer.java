package app.innkeep.cloud.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a whole number or refuses the value. Micronaut's own reader cuts a fraction off, so {@code "adults": 1.5}
 * booked one adult and {@code "guestId": 7.9} booked guest 7; such values are now refused with a problem naming the
 * field. A number sent as text ({@code "adults": "2"}) is refused too: a channel that quotes numbers is a channel
 * whose other fields are not what they seem either.
 */
@Primary
@Singleton
public class StrictIntegerDeserializer implements Deserializer<Integer> {

    @Override
    public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
            throws IOException {
        return (int) wholeNumber(decoder, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The same rule for {@code Long} fields. */
    @Primary
    @Singleton
    public static class StrictLongDeserializer implements Deserializer<Long> {

        @Override
        public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type)
                throws IOException {
            return wholeNumber(decoder, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    static long wholeNumber(Decoder decoder, long min, long max) throws IOException {
        Object value = decoder.decodeArbitrary();
        BigDecimal number = null;
        if (value instanceof Number n && !(n instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            number = new BigDecimal(n.toString());
        }
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            throw decoder.createDeserializationException("must be a whole number, not " + shown(value), value);
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw decoder.createDeserializationException("is out of range: " + value, value);
        }
        return number.longValueExact();
    }

    /** The value as the caller wrote it, quoted when it was text, so "not \"2\"" tells text from a number. */
    static String shown(Object value) {
        if (value instanceof String s) {
            return "the text \"" + (s.length() > 20 ? s.substring(0, 20) + "…" : s) + "\"";
        }
        return String.valueOf(value);
    }
}
