package app.innkeep.standby.input;

/**
 * Input that cannot be used, naming the form field it belongs to; thrown by the desk's rules before anything is
 * written. It lives below every feature so the domain never imports {@code web}: the pages show the message next to
 * that field, and the JSON API answers with problem+json naming it ({@code web.BadRequestHandler}).
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
