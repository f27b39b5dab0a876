package app.innkeep.model.json;

/** JSON text that cannot be read, with the character position where reading stopped. */
public class JsonException extends RuntimeException {

    private final int position;

    public JsonException(String message, int position) {
        super(message + " at character " + position);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
