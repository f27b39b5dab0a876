package app.innkeep.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A short upper-case ID of property master data, such as {@code RENT}, {@code VISA} or {@code WALKIN}. The same
 * code must mean the same thing in the cloud and on the standby, so its shape is fixed here for both sides.
 */
public record MasterDataCode(String value) {

    /** Upper-case letters and digits, optionally joined by '_' or '-', 1–12 characters. */
    public static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,11}");

    /** The inventory item every property must have: room nights. */
    public static final MasterDataCode RENT = new MasterDataCode("RENT");

    public MasterDataCode {
        Objects.requireNonNull(value, "code");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "must be 1-12 upper-case letters, digits, '_' or '-', starting with a letter or digit: " + value);
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
