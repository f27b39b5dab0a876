package app.innkeep.model;

/** One field at fault and what is wrong with it, in words for whoever sent it; the field is null for the whole input. */
public record Violation(String field, String message) {

    /** "field: message", or the message alone when no one field is at fault. */
    @Override
    public String toString() {
        return field == null ? message : field + ": " + message;
    }
}
