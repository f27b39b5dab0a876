package app.innkeep.standby.web;

/**
 * Input that cannot be used, naming the form field it belongs to. Pages show the message next to that field; the
 * JSON API answers with problem+json naming it. Thrown before anything is written.
 */
public class Invalid extends IllegalArgumentException {

    private final String field;

    public Invalid(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
