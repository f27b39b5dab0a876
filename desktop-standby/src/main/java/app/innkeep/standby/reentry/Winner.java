package app.innkeep.standby.reentry;

import java.util.Optional;

/** Which side's value of a colliding booking's field stands; the names are the form's and the database's. */
public enum Winner {
    /** The standby's value is sent to the cloud. */
    STANDBY,
    /** The cloud's value stands: the field is not sent. */
    CLOUD;

    /** The auditor's choice as the form sends it; empty for anything else (no choice made). */
    public static Optional<Winner> chosen(String text) {
        for (Winner w : values()) {
            if (w.name().equals(text)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
