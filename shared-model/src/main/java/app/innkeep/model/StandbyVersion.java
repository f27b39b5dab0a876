package app.innkeep.model;

import java.util.regex.Pattern;

/**
 * The release a standby runs, as it tells the cloud on every call in the {@link #HEADER} header (issue 18), so
 * support sees which standbys still run an old one. The cloud stores it on the device row and shows it on its pages:
 * whatever a caller sends is screened first, and anything that is not a plain version is kept as {@link #UNKNOWN}.
 */
public final class StandbyVersion {

    public static final String HEADER = "X-Innkeep-Standby-Version";

    /** What is kept, and shown, for a header that is not a plain version, and shown for a standby that never sent one. */
    public static final String UNKNOWN = "unknown";

    /** At most 40 characters (the column's width) of letters, digits and {@code . _ + -}: nothing HTML or SQL reads. */
    public static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._+-]{1,40}");

    private StandbyVersion() {}

    /** The version to keep for a header as sent: itself when plain, otherwise {@link #UNKNOWN}; null when none was sent. */
    public static String screened(String header) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        return SHAPE.matcher(value).matches() ? value : UNKNOWN;
    }
}
