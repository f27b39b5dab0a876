package app.innkeep.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** The short code that names a property everywhere, such as {@code SEA}: 2–8 upper-case letters or digits. */
public record PropertyCode(String value) {

    public static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

    public PropertyCode {
        Objects.requireNonNull(value, "property code");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "must be 2-8 upper-case letters or digits, starting with a letter: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
