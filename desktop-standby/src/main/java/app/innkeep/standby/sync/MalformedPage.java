package app.innkeep.standby.sync;

/** A feed page or snapshot that does not fit together; nothing of it is applied. */
final class MalformedPage extends RuntimeException {
    MalformedPage(String message) {
        super(message);
    }
}
