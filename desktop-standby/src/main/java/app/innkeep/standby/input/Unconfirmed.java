package app.innkeep.standby.input;

/**
 * An action that waits for the clerk's yes: thrown before anything is written, with the question in the hotel's words
 * ("this looks like a payment already taken at 19:07 by anna — take it again?"). The form is sent again with
 * {@code confirmField} set to {@code yes} (and the same one-time ID) to go ahead; not sending it takes nothing.
 */
public class Unconfirmed extends RuntimeException {

    private final String confirmField;
    private final String confirmLabel;

    public Unconfirmed(String confirmField, String confirmLabel, String question) {
        super(question);
        this.confirmField = confirmField;
        this.confirmLabel = confirmLabel;
    }

    /** The form field that carries the yes. */
    public String confirmField() {
        return confirmField;
    }

    /** What the yes button says ("Take it again"). */
    public String confirmLabel() {
        return confirmLabel;
    }

    /** True when the form carries the yes for this question. */
    public static boolean given(String value) {
        return "yes".equals(value);
    }
}
